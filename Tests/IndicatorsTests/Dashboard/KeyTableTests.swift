import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI

/// The key table is the one list of keys: dispatch, help, hints and the README come from it.
@Suite struct KeyTableTests {
    @Test func everyBindingWithKeysIsDispatchedFromTheTable() {
        for binding in KeyTable.bindings {
            for (key, action) in binding.keys {
                #expect(KeyTable.action(for: key, in: binding.mode) == action, "\(binding.label): \(key)")
            }
        }
    }

    @Test func noKeyMeansTwoThingsInOneMode() {
        for mode in [KeyBinding.Mode.dashboard, .overlay] {
            var seen: [KeyEvent] = []
            for binding in KeyTable.bindings where binding.mode == mode {
                for (key, _) in binding.keys {
                    #expect(!seen.contains(key), "\(key) is bound twice in \(mode)")
                    seen.append(key)
                }
            }
        }
    }

    @Test(arguments: Language.allCases)
    func everyBindingAppearsInTheHelp(language: Language) {
        let help = OverlayContent.help(language: language).compactMap { line -> (String, String)? in
            if case .pair(let key, let meaning) = line { return (key, meaning) }
            return nil
        }
        for binding in KeyTable.bindings {
            guard let words = binding.help else {
                // A binding without a help line of its own is explained by another line with the same keys.
                let keys = binding.label.split(separator: " ")
                #expect(KeyTable.bindings.contains { $0.help != nil && keys.allSatisfy($0.label.split(separator: " ").contains) },
                        "\(binding.label) is in no help line")
                continue
            }
            #expect(help.contains { $0.0 == (binding.words?[language] ?? binding.label) && $0.1 == words[language] },
                    "\(binding.label) is missing from the \(language) help")
        }
    }

    @Test func theReadmeListsEveryKeyAsTheTableDoes() throws {
        let readme = try String(contentsOfFile: RepositoryFiles.root + "/README.md", encoding: .utf8)
        let table = KeyTable.markdown()
        #expect(readme.contains(table), "README.md's key table differs from KeyTable.markdown():\n\(table)")
        for binding in KeyTable.bindings where binding.help != nil {
            #expect(readme.contains(binding.help?.en ?? ""))
        }
    }

    @Test func hintsFollowTheModeAndTheData() {
        let english = { (mode: KeyBinding.Mode, holds: (KeyBinding.Condition) -> Bool) in
            KeyTable.hints(mode: mode, language: .en, holds: holds).map(\.0)
        }
        #expect(english(.overlay) { _ in true } == ["Esc close", "↑↓ PgUp PgDn scroll"])
        let plain = english(.dashboard) { $0 == .always || $0 == .noSourcesToStep }
        #expect(plain.first == "←→ year" && plain.last == "q quit" && !plain.contains("< > city"))
        let stepping = english(.dashboard) { $0 != .noSourcesToStep }
        #expect(stepping.contains("↑↓ source") && !stepping.contains("↑↓ indicator") && stepping.contains("[ ] base year"))
    }
}
