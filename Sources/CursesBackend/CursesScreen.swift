import CNCurses
import Indicators
import Widgets
import DashboardUI

#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be started: one line for the user.
public struct TerminalStartError: Error, Sendable {
    public var message: String
}

/// The ncurses backend: copies a grid to the terminal and turns input into
/// key events. It holds no dashboard logic. ncurses compares each frame
/// with what the terminal already shows and sends only the difference.
public final class CursesScreen {
    private let colorPairs: [ColorRole: Int16]
    private var stopped = false
    /// No UTF-8 locale could be had: draw the grid in ASCII.
    private let asciiOnly: Bool
    private let output: UnsafeMutablePointer<FILE>
    /// Where keys are read: standard input, or the controlling terminal when standard input is not one.
    private let inputDescriptor: Int32
    /// Reads bracketed pastes out of the input, across reads.
    private var pastes = PasteReader()

    /// Starts ncurses on standard input and output, or explains why it cannot.
    public convenience init() throws(TerminalStartError) {
        try self.init(output: cd_stdout(), input: cd_stdin(), terminal: getenv("TERM").map { String(cString: $0) })
    }

    /// Starts ncurses with the roles in `palette`'s colours. Keys come from standard input when it
    /// is a terminal, else from the controlling terminal (`citydash < file`): a file or /dev/null as
    /// input would read as an endless end of file, and `q` could never reach the program.
    public convenience init(palette: Palette) throws(TerminalStartError) {
        var input: UnsafeMutablePointer<FILE> = cd_stdin()
        if isatty(0) != 1 {
            guard let terminal = fopen("/dev/tty", "r") else {
                throw TerminalStartError(message: "standard input is not a terminal and there is no controlling terminal (/dev/tty) to read keys from; use `citydash snapshot` to print a view")
            }
            input = terminal
        }
        try self.init(output: cd_stdout(), input: input, terminal: getenv("TERM").map { String(cString: $0) }, palette: palette)
    }

    /// Starts ncurses on the given streams (a benchmark passes a file to count the bytes written).
    public init(output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, terminal: String?,
                palette: Palette = .okabeIto) throws(TerminalStartError) {
        asciiOnly = !TerminalLocale.prepare()
        self.output = output
        inputDescriptor = fileno(input)
        guard let terminal, !terminal.isEmpty else {
            throw TerminalStartError(message: "TERM is not set, so the terminal's capabilities are unknown; set it (e.g. TERM=xterm-256color) or use `citydash snapshot`")
        }
        if terminal == "dumb" {
            throw TerminalStartError(message: "TERM=dumb cannot show the dashboard; use `citydash snapshot` for text")
        }
        guard newterm(terminal, output, input) != nil else {
            throw TerminalStartError(message: "the terminal type \"\(TextSafety.visible(terminal))\" is unknown to ncurses; set TERM to a known type (e.g. xterm-256color) or use `citydash snapshot`")
        }
        cbreak()
        noecho()
        nonl()
        keypad(cd_stdscr(), true)
        nodelay(cd_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(cd_button1_pressed() | cd_button4_pressed() | cd_button5_pressed(), nil)
        colorPairs = Self.startColors(palette: palette)
        // Bracketed paste: the terminal marks pasted text, which then never reads as keys.
        fputs(PasteReader.enable, output)
        fflush(output)
    }

    /// Restores the terminal: normal screen, cursor, echo and line mode. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        fputs(PasteReader.disable, output)
        fflush(output)
        curs_set(1)
        endwin()
    }

    deinit { stop() }

    public var size: Size {
        Size(width: Int(cd_getmaxx(cd_stdscr())), height: Int(cd_getmaxy(cd_stdscr())))
    }

    public func draw(_ original: Grid) {
        let grid = asciiOnly ? ASCIIFallback.convert(original) : original
        let window = cd_stdscr()
        var text: [wchar_t] = Array(repeating: 0, count: 8)
        for y in 0..<min(grid.size.height, size.height) {
            for x in 0..<min(grid.size.width, size.width) {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                var count = 0
                for scalar in cell.character.unicodeScalars where count < 5 {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                text[count] = 0
                _ = cd_put_cell(window, Int32(y), Int32(x), text, attributes(cell.style), colorPairs[cell.style.role] ?? 0)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The most keys one call of `waitForEvents` returns (see there).
    public static let largestBatch = 256

    /// Blocks until there is input, a signal, a byte on `wake` (work done behind the screen), or
    /// `timeout` milliseconds pass (-1: no limit), then returns what arrived. Sleeping in poll(2)
    /// keeps an idle dashboard near no CPU.
    public func waitForEvents(timeout: Int32 = -1, wake: Int32 = -1) -> (events: [KeyEvent], signal: Int32?) {
        var fds = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: SignalPipe.readEnd, events: Int16(POLLIN), revents: 0)]
        if wake >= 0 { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), timeout)  // EINTR (SIGWINCH) falls through to read KEY_RESIZE
        if let signal = SignalPipe.take() { return ([.interrupt], signal) }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return ([.interrupt], SIGHUP) }
        var events: [KeyEvent] = []
        var character: wint_t = 0
        while true {
            // A flood of keys (a key held down, a script typing) is taken a batch at a time, so the
            // screen is drawn between batches and `q` is never further than one batch away. A batch
            // ends only between keys: never inside a paste or an escape sequence.
            if events.count >= Self.largestBatch && pastes.isIdle { return (events, nil) }
            let status = wget_wch(cd_stdscr(), &character)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                // A function key inside a paste is not typed; before one, a pending escape is a key.
                guard !pastes.isPasting else { continue }
                events += pastes.flush().compactMap(characterKey)
                if let event = functionKey(Int32(character)) { events.append(event) }
                continue
            }
            for item in pastes.read(character) {
                switch item {
                case .character(let key): if let event = characterKey(key) { events.append(event) }
                case .paste(let text): events.append(.paste(text))
                }
            }
        }
        // An escape with nothing after it is the Esc key.
        events += pastes.flush().compactMap(characterKey)
        return (events, nil)
    }

    private func characterKey(_ character: wint_t) -> KeyEvent? {
        switch character {
        case 3: return .interrupt  // Ctrl-C when the terminal sends it as a key
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE: return .resize
        case cd_key_f(1): return .help
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & cd_button4_pressed() != 0 { return .scrollUp }
            if cd_button5_pressed() != 0, event.bstate & cd_button5_pressed() != 0 { return .scrollDown }
            return .click(x: Int(event.x), y: Int(event.y))
        default: return nil
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        var attributes = cd_a_normal()
        if style.bold { attributes |= cd_a_bold() }
        if style.dim { attributes |= cd_a_dim() }
        if style.reverse { attributes |= cd_a_reverse() }
        if style.underline { attributes |= cd_a_underline() }
        return attributes
    }

    /// Colour pairs for the roles, unless NO_COLOR is set or the terminal has none:
    /// then the roles draw with attributes alone (bold, dim, reverse).
    private static func startColors(palette: Palette) -> [ColorRole: Int16] {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return [:] }
        guard has_colors(), start_color() == OK else { return [:] }
        use_default_colors()
        var pairs: [ColorRole: Int16] = [:]
        for (index, role) in ColorRole.allCases.enumerated() {
            guard let color = role.terminalColor(palette: palette, colors: Int(cd_colors())) else { continue }
            let pair = Int16(index + 1)
            init_pair(pair, Int16(color), -1)
            pairs[role] = pair
        }
        return pairs
    }
}

/// Bracketed paste (xterm's mode 2004): the terminal sends `ESC [200~`, the
/// pasted text, `ESC [201~`. ncurses knows no key by these, so they arrive as
/// characters; this reads them out, so that a paste becomes one event,
/// however long, and none of its characters is taken for a key.
struct PasteReader {
    enum Item: Equatable {
        case character(wint_t)
        case paste(String)
    }

    static let enable = "\u{1B}[?2004h"
    static let disable = "\u{1B}[?2004l"
    private static let start: [wint_t] = [27, 91, 50, 48, 48, 126]  // ESC [ 2 0 0 ~
    private static let end: [wint_t] = [27, 91, 50, 48, 49, 126]    // ESC [ 2 0 1 ~
    /// What a paste keeps: the search line holds far less.
    static let longestPaste = 4096

    /// The start of a possible marker, held back until it is one or is not.
    private var held: [wint_t] = []
    /// The text of the paste under way (its end marker too, taken off at the end), and its last characters.
    private var text: String.UnicodeScalarView?
    private var tail: [wint_t] = []

    var isPasting: Bool { text != nil }
    /// Nothing held back and no paste under way: a read may stop here.
    var isIdle: Bool { text == nil && held.isEmpty }

    /// One character from the terminal: what it completes.
    mutating func read(_ character: wint_t) -> [Item] {
        if var pasted = text {
            text = nil  // no second copy while it grows
            tail.append(character)
            if tail.count > Self.end.count { tail.removeFirst() }
            if tail == Self.end {
                // The marker's first five characters were taken as text: take them off.
                pasted.removeLast(min(Self.end.count - 1, pasted.count))
                tail = []
                return [.paste(String(String(pasted).prefix(Self.longestPaste)))]
            }
            if let scalar = Unicode.Scalar(UInt32(character)) { pasted.append(scalar) }
            text = pasted
            return []
        }
        if held.isEmpty && character != 27 { return [.character(character)] }
        held.append(character)
        if held == Self.start {
            held = []
            text = String.UnicodeScalarView()
            tail = []
            return []
        }
        if Self.start.starts(with: held) { return [] }
        // Not a paste: what was held back is keys after all.
        let keys = held
        held = []
        var items: [Item] = [.character(keys[0])]
        for key in keys.dropFirst() { items += read(key) }
        return items
    }

    /// Characters held back that turned out to be keys (an Esc, an Alt-key).
    mutating func flush() -> [wint_t] {
        defer { held = [] }
        return held
    }
}

/// ncurses draws wide characters only under a UTF-8 character type. Take
/// the user's locale, and where it is not UTF-8 (LANG unset, LC_ALL=C),
/// fall back to C.UTF-8 for the character type so Kazakh text still draws.
public enum TerminalLocale {
    /// Returns whether a UTF-8 character type is in force.
    @discardableResult
    public static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil && isUTF8() {
            return true
        }
        return false
    }

    public static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

extension CursesScreen {
    /// Makes the next refresh send the whole screen, as after a terminal was cleared.
    public func invalidate() {
        clearok(cd_stdscr(), true)
    }

    /// Makes ncurses assume the given size (for a screen on a file, which has none of its own).
    public func resize(to size: Size) {
        resizeterm(Int32(size.height), Int32(size.width))
    }
}
