extension Language {
    /// The interface language the environment asks for, by the POSIX order of
    /// precedence: the first of LC_ALL, LC_MESSAGES and LANG that is set and
    /// not empty decides. `kk_KZ.UTF-8` → Kazakh, `ru_RU.UTF-8` → Russian,
    /// anything else (C, POSIX, en_US, unset) → English.
    public static func preferred(environment: [String: String]) -> Language {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let code = setting.prefix { $0.isLetter }.lowercased()
        return Language(rawValue: code) ?? .en
    }
}
