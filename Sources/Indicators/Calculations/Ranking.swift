/// An entry's place among others: best first, ties share a place (1, 1, 3).
public struct Ranked<Key: Sendable>: Sendable {
    public var key: Key
    public var value: Double
    public var place: Int
}

public enum Ranking {
    /// Orders `entries` best first by `better` (neutral ranks the largest first).
    /// Stable: equal values keep their given order.
    public static func rank<Key: Sendable>(_ entries: [(key: Key, value: Double)], better: Better) -> [Ranked<Key>] {
        let ordered = entries.enumerated().sorted { left, right in
            if left.element.value != right.element.value {
                return better == .lower
                    ? left.element.value < right.element.value
                    : left.element.value > right.element.value
            }
            return left.offset < right.offset
        }.map(\.element)
        var result: [Ranked<Key>] = []
        for (index, entry) in ordered.enumerated() {
            let place = index > 0 && result[index - 1].value == entry.value ? result[index - 1].place : index + 1
            result.append(Ranked(key: entry.key, value: entry.value, place: place))
        }
        return result
    }
}
