import Indicators

/// Where the World Bank's columns are, found by their header names: the bulk
/// download writes `Country Name,Country Code,Indicator Name,Indicator
/// Code,1990,…`, DataBank `Series Name,Series Code,Country Name,Country
/// Code,1990 [YR1990],…` (and lets the user reorder them). One reader serves
/// both, so a country code becomes a city id in one place.
struct WideColumns {
    static let countryName = "Country Name"
    static let countryCode = "Country Code"
    static let indicatorNames = ["Indicator Name", "Series Name"]
    static let indicatorCodes = ["Indicator Code", "Series Code"]

    let countryName: Int
    let countryCode: Int
    let indicatorName: Int
    let indicatorCode: Int
    let years: [(column: Int, year: Int)]
    /// The header's names of the four, in its order, for messages.
    let names: String

    /// Fields a data row needs: up to the last of the four.
    var width: Int { max(countryName, countryCode, indicatorName, indicatorCode) + 1 }

    struct Missing: Error {
        var columns: [String]
        var message: String {
            "a World Bank header needs Country Name, Country Code, Indicator Name (or Series Name), Indicator Code "
                + "(or Series Code) and year columns (1990 or 1990 [YR1990]); missing: \(columns.joined(separator: ", "))"
        }
    }

    static func read(header: [String]) -> Result<WideColumns, Missing> {
        let wanted = [[countryName], [countryCode], indicatorNames, indicatorCodes]
        let found = wanted.map { names in header.firstIndex(where: names.contains) }
        let years = header.enumerated().compactMap { column, cell in year(cell).map { (column: column, year: $0) } }
        var missing = zip(wanted, found).filter { $0.1 == nil }.map { $0.0.joined(separator: " or ") }
        if years.isEmpty { missing.append("year columns") }
        let indices = found.compactMap { $0 }
        guard missing.isEmpty, indices.count == 4 else { return .failure(Missing(columns: missing)) }
        return .success(WideColumns(countryName: indices[0], countryCode: indices[1], indicatorName: indices[2],
                                    indicatorCode: indices[3], years: years,
                                    names: indices.sorted().map { header[$0] }.joined(separator: ", ")))
    }

    /// A year column's header: `1990`, or DataBank's `1990 [YR1990]`.
    static func year(_ header: String) -> Int? {
        let digits = header.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), DataFormat.yearRange.contains(year) else { return nil }
        let rest = header.dropFirst(4)
        return rest.isEmpty || rest == " [YR\(digits)]" ? year : nil
    }
}
