import Indicators
import Widgets
import DashboardUI
import Importers

/// Small data files written inline, so each test shows the input it checks.
enum Fixtures {
    /// A valid file with one source and the given indicators (JSON text of the array's items).
    static func file(indicators: String = Fixtures.gdpShare, sources: String = Fixtures.oneSource, schema: String = "1") -> String {
        """
        {
          "schema": \(schema),
          "city": {"id": "almaty", "name": {"en": "Almaty", "kk": "Алматы", "ru": "Алматы"}, "country": "KZ"},
          "sources": [\(sources)],
          "indicators": [\(indicators)]
        }
        """
    }

    static let oneSource = """
        {"id": "forum-2018", "title": "Almaty Invest 2018", "publisher": "News", "date": "2018", "language": "kk", "document": null, "url": null}
        """

    static let gdpShare = """
        {"id": "gdp_share", "name": {"en": "GDP share", "kk": "ЖІӨ үлесі"}, "unit": "percent", "better": "higher", "headline": true,
         "observations": [
           {"year": 2015, "value": 20, "source": "forum-2018", "quote": "20 %"},
           {"year": 2018, "value": 20, "approximate": true, "source": "forum-2018", "quote": "ЖІӨ 5 бөлігі"}
         ]}
        """

    static func decode(_ text: String, file: String = "test.json") throws(DataFileError) -> Dataset {
        try DatasetLoader.decode(Array(text.utf8), file: file)
    }

    /// The problems `text` is rejected with, one line each.
    static func problems(_ text: String) -> [String] {
        problems(bytes: Array(text.utf8))
    }

    static func problems(bytes: [UInt8]) -> [String] {
        do {
            _ = try DatasetLoader.decode(bytes, file: "test.json")
            return []
        } catch {
            return error.description.split(separator: "\n").map(String.init)
        }
    }
}
