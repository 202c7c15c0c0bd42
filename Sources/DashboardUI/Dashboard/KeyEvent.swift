import Indicators
import Widgets

/// Input, as the update function sees it: keys already decoded by the
/// backend, with no trace of the terminal they came from.
public enum KeyEvent: Sendable, Equatable {
    case left, right, up, down
    case home, end, pageUp, pageDown
    case tab, backTab
    case enter, escape, backspace
    case help
    case character(Character)
    /// A click at a screen cell.
    case click(x: Int, y: Int)
    case scrollUp, scrollDown
    /// The terminal changed size; the next draw uses the new one.
    case resize
    /// Ctrl-C, SIGTERM, SIGHUP: leave at once.
    case interrupt
    /// Text the terminal pasted (bracketed paste): text for the search line, never keys.
    case paste(String)
}
