import Indicators

/// Snapshots of many cities made one city at a time: each city's part is handed to `emit` as soon
/// as it is made and then let go, so printing every loaded city never holds the whole output (nor
/// every city's table) in memory. The parts join into exactly what the whole renderers give:
/// `JSONSnapshot.render(cities:)` and `CSVSnapshot.render(cities:)` (tests compare them).
public enum SnapshotStream {
    /// One document `{"cities": [...]}`: each city's document as `JSONSnapshot.render(_:)` writes
    /// it, indented to its place in the array.
    public static func json<Failure: Error>(
        cities count: Int, table: (Int) -> SnapshotTable, emit: (String) throws(Failure) -> Void
    ) throws(Failure) {
        try emit("{\n  \"cities\" : [\n")
        for index in 0..<count {
            let document = JSONSnapshot.render(table(index))
            var indented = document.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast()  // the document's own final line end
                .map { $0.isEmpty ? "" : "    " + $0 }  // an empty array's blank line stays blank, as JSONEncoder writes it
                .joined(separator: "\n")
            indented += index + 1 < count ? ",\n" : "\n"
            try emit(indented)
        }
        try emit("  ]\n}\n")
    }

    /// One table: the header once, then each city's rows.
    public static func csv<Failure: Error>(
        cities count: Int, table: (Int) -> SnapshotTable, emit: (String) throws(Failure) -> Void
    ) throws(Failure) {
        for index in 0..<count {
            let part = CSVSnapshot.render(cities: [table(index)])
            // The header line is every city's first line: written with the first only.
            guard index > 0, let end = part.range(of: "\r\n") else {
                try emit(part)
                continue
            }
            try emit(String(part[end.upperBound...]))
        }
    }
}
