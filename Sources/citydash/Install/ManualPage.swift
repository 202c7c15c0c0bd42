import DashboardUI
import Foundation
import Indicators

/// `citydash.1`: the page swift-argument-parser's manual plugin makes from
/// the command definitions (`GeneratedManual.text`, committed and checked
/// against the plugin's tool by a test), with hand-written sections put in:
/// KEYS, drawn from `KeyTable` so it cannot drift from the dashboard,
/// ENVIRONMENT, FILES, and the exit statuses.
///
/// The page is made in the binary, so `citydash install` writes it on a
/// machine that has only the binary.
enum ManualPage {
    static var text: String { compose(generated: GeneratedManual.text) }

    static func compose(generated: String) -> String {
        var lines = generated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let exitSection = lines.firstIndex { $0.hasPrefix(".Sh") && $0.uppercased().contains("EXIT STATUS") } ?? lines.endIndex
        if let standard = lines[exitSection...].firstIndex(where: { $0.hasPrefix(".Ex") }) {
            lines.insert(contentsOf: [handWritten.begin] + exitStatuses + [handWritten.end], at: standard + 1)
        } else {
            lines.insert(contentsOf: [handWritten.begin, ".Sh EXIT STATUS"] + exitStatuses + [handWritten.end], at: exitSection)
        }
        lines.insert(contentsOf: [handWritten.begin] + keys + environment + files + [handWritten.end], at: exitSection)
        return lines.joined(separator: "\n")
    }

    /// Comment lines around each hand-written part: a test removes them and finds the plugin's page.
    static let handWritten = (begin: #".\" citydash: hand-written, from KeyTable and ManualPage.swift"#,
                              end: #".\" citydash: end of hand-written"#)

    /// Every line of the help overlay, in the table's order.
    static var keys: [String] {
        var lines = [".Sh KEYS",
                     "The dashboard's keys, as its help overlay (\\(aq?\\(aq) lists them:",
                     ".Bl -tag -width 14n -compact"]
        for (label, help) in KeyTable.helpLines(language: .en) {
            // Quoted: a lone [ or ] would be taken for punctuation.
            lines.append(".It \"" + escape(label) + "\"")
            lines.append(escape(help))
        }
        lines.append(".El")
        return lines
    }

    static let environment = [
        ".Sh ENVIRONMENT",
        ".Bl -tag -width 14n",
        ".It Ev CITYDASH_DATA",
        "A data file, or a folder: one holding indicators.json stands for it and its regions/ folder, any other for its .json files. Used when no",
        ".Fl -data",
        "is given.",
        ".It Ev XDG_CONFIG_HOME",
        "Where the settings file is looked for (default ~/.config).",
        ".It Ev XDG_DATA_HOME , XDG_DATA_DIRS",
        "Where installed data is looked for (default ~/.local/share, then /usr/local/share:/usr/share), each + /citydash.",
        ".It Ev LC_ALL , LC_MESSAGES , LANG",
        "The language when neither",
        ".Fl -lang",
        "nor the settings choose one: kk Kazakh, ru Russian, else English.",
        ".It Ev NO_COLOR",
        "No colour on the screen or in snapshots; bold, dim and reverse still mark selection and focus.",
        ".It Ev TERM",
        "The terminal type; unset, dumb or unknown is refused with exit 69.",
        ".El",
    ]

    static let files = [
        ".Sh FILES",
        ".Bl -tag -width 14n",
        ".It Pa ~/.config/citydash/config.toml",
        "The settings, in TOML: language = \"en\" | \"kk\" | \"ru\"; data = \"path\" or a list of paths (a relative path is beside the file, ~ is the home folder); snapshot-dir = \"folder\"; source = \"https://stat.gov.kz\" (where update downloads). An unknown key, a wrong type or a value out of range stops the program with its line and column (exit 78).",
        ".Pa citydash config",
        "prints the settings in force and where each came from.",
        ".It Pa indicators.json , regions/",
        "The data, found in this order: the",
        ".Fl -data",
        "options; CITYDASH_DATA; the settings' data; the nearest indicators.json in the working folder or above it, with regions/ beside it; $XDG_DATA_HOME/citydash; each $XDG_DATA_DIRS folder + /citydash; and <prefix>/share/citydash for the program at <prefix>/bin/citydash. When none is found, the message lists every place looked (exit 66).",
        ".It Pa .citydash-update/",
        "Beside indicators.json while",
        ".Nm citydash Cm update",
        "writes: the new data files and, once all are there, a COMMIT marker. A run stopped after the marker is finished by the next run or load of the data; one stopped before it is removed, and the data is as it was.",
        ".It Pa <prefix>/share/citydash/installed-files",
        "What",
        ".Nm citydash Cm install",
        "wrote under the prefix, one path a line;",
        ".Nm citydash Cm uninstall",
        "removes those and nothing else.",
        ".It Pa citydash-<city>-<year>-<yyyyMMdd-HHmmss>.txt",
        "A text snapshot written by",
        ".Sq p ,",
        "in the snapshot folder.",
        ".El",
    ]

    static let exitStatuses = [
        ".Bl -tag -width 4n",
        ".It 0",
        "Success.",
        ".It 1",
        ".Nm citydash Cm rebuild Fl -check",
        "found a file that differs from what the tables give.",
        ".It 64",
        "Bad usage: an unknown option, a year or city that is not in the data.",
        ".It 65",
        "Bad data: every problem of every file, with its file, line, column and JSON path; for update, a downloaded table that is not a workbook or cannot be read (file, sheet, cell).",
        ".It 66",
        "No data file found.",
        ".It 69",
        "No usable terminal (TERM unset, dumb or unknown); for update, the bureau's server unreachable or refusing (an HTTP error, a redirect loop).",
        ".It 74",
        "A file could not be read or written; for update, a download that broke (dropped, timed out).",
        ".It 78",
        "A bad setting in config.toml, with its line and column.",
        ".It 130",
        ".Nm citydash Cm update",
        "interrupted (Ctrl-C): nothing written, the data as it was.",
        ".El",
    ]

    /// Text safe on an mdoc line: backslashes doubled, no leading dot or quote.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
