import Foundation

/// Fuzzy matching in the fzf sense: the query's letters must appear in the
/// text in order, not necessarily together; the score prefers letters that
/// follow each other, that start words, and few and short gaps. Case,
/// diacritics and the Kazakh letters beyond the Russian alphabet are folded,
/// so `алматы`, `Алматы` and `ALMATY` find the same names, and `казакстан`
/// finds `Қазақстан`. Terms separated by spaces must each match.
public enum FuzzyMatch {
    /// A candidate's place in the results.
    public struct Hit<Key: Sendable>: Sendable {
        public var key: Key
        public var score: Int
    }

    /// The keys whose texts match `query`, best first; equal scores keep the
    /// given order (stable). Each key is scored by its best-matching text.
    /// An empty query matches every key, in the given order.
    public static func rank<Key: Sendable>(_ query: String, _ candidates: [(key: Key, texts: [String])]) -> [Hit<Key>] {
        let terms = fold(query).split(whereSeparator: { $0 == " " }).map { Array($0.unicodeScalars) }
        guard !terms.isEmpty else { return candidates.map { Hit(key: $0.key, score: 0) } }
        var hits: [(offset: Int, hit: Hit<Key>)] = []
        for (offset, candidate) in candidates.enumerated() {
            let best = candidate.texts.compactMap { text in score(terms: terms, in: Array(fold(text).unicodeScalars)) }.max()
            if let best { hits.append((offset, Hit(key: candidate.key, score: best))) }
        }
        return hits.sorted { ($0.hit.score, -$0.offset) > ($1.hit.score, -$1.offset) }.map(\.hit)
    }

    /// The score of every term in `text` (each must match), or nil.
    static func score(terms: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> Int? {
        var total = 0
        for term in terms {
            guard let score = score(term, in: text) else { return nil }
            total += score
        }
        // Among equal matches, the shorter text is the better one (fzf's tie-break).
        return total * 64 - min(text.count, 63)
    }

    // fzf's weights: a letter matched, a gap opened and extended, and the bonuses.
    static let match = 16
    static let gapStart = 3
    static let gapExtension = 1
    static let boundaryBonus = 8
    static let consecutiveBonus = 4

    /// The best alignment of `query` as a subsequence of `text` (dynamic
    /// programming over query letters × text positions), or nil when it is not one.
    static func score(_ query: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        let n = text.count
        guard !query.isEmpty, query.count <= n else { return query.isEmpty ? 0 : nil }
        let none = Int.min / 4
        let bonus = (0..<n).map { position -> Int in
            if position == 0 { return boundaryBonus + 2 }
            return isSeparator(text[position - 1]) && !isSeparator(text[position]) ? boundaryBonus : 0
        }
        var previous = [Int](repeating: none, count: n)
        // The bonus of the first letter of the run of adjacent letters ending at each position:
        // as in fzf, letters that follow a word's first letter keep its bonus.
        var previousRun = [Int](repeating: 0, count: n)
        for (index, letter) in query.enumerated() {
            var current = [Int](repeating: none, count: n)
            var currentRun = [Int](repeating: 0, count: n)
            // The best earlier row's score ending before a gap that reaches this position.
            var carry = none
            for position in 0..<n {
                if index > 0, position >= 2, previous[position - 2] > none {
                    carry = max(carry - gapExtension, previous[position - 2] - gapStart)
                } else if carry > none {
                    carry -= gapExtension
                }
                guard text[position] == letter else { continue }
                if index == 0 {
                    current[position] = match + bonus[position] * 2
                    currentRun[position] = bonus[position]
                    continue
                }
                let run = position > 0 ? max(previousRun[position - 1], bonus[position]) : bonus[position]
                let adjacent = position > 0 && previous[position - 1] > none
                    ? previous[position - 1] + match + max(consecutiveBonus, run) : none
                let gapped = carry > none ? carry + match + bonus[position] : none
                if adjacent >= gapped, adjacent > none {
                    current[position] = adjacent
                    currentRun[position] = run
                } else if gapped > none {
                    current[position] = gapped
                    currentRun[position] = bonus[position]
                }
            }
            previous = current
            previousRun = currentRun
        }
        let best = previous.max() ?? none
        return best > none ? best : nil
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
    }

    /// Lower case, without diacritics, the Kazakh letters as their nearest
    /// Russian ones, punctuation and runs of spaces as one space.
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var folded = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in plain.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let mapped = kazakh[scalar] ?? scalar
            if mapped.properties.isWhitespace || isPunctuation(mapped) {
                if !lastWasSpace { folded.append(" ") }
                lastWasSpace = true
            } else {
                folded.append(mapped)
                lastWasSpace = false
            }
        }
        var result = String(folded)
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// ә ғ қ ң ө ұ ү һ і, and ё й, as a Russian keyboard types them.
    private static let kazakh: [Unicode.Scalar: Unicode.Scalar] = [
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е", "й": "и",
    ]
}
