import Foundation
import Testing

@testable import BureauTables

@Suite struct RegionTests {
    /// Every spelling the files use, and the region it must give.
    static let spellings: [(String, String)] = [
        ("Almaty city", "KZ-75"), ("г.Алматы", "KZ-75"), ("г. Алматы", "KZ-75"), ("Алматы қаласы", "KZ-75"),
        ("KZALA", "KZ-75"), ("ALA", "KZ-75"), ("KZ-ALA", "KZ-75"), ("KZ-75", "KZ-75"),
        ("Astana city", "KZ-71"), ("Astana city2)", "KZ-71"), ("г.Астана", "KZ-71"), ("г. Астана", "KZ-71"),
        ("Астана қаласы", "KZ-71"), ("KZNS", "KZ-71"), ("AST", "KZ-71"), ("KZ-AST", "KZ-71"), ("Nur-Sultan", "KZ-71"),
        ("Shymkent city", "KZ-79"), ("Shimkent city 3)", "KZ-79"), ("г.Шымкент2)", "KZ-79"), ("г. Шымкент", "KZ-79"),
        ("Шымкент қаласы", "KZ-79"), ("KZSHY", "KZ-79"), ("SHM", "KZ-79"), ("KZ-SHY", "KZ-79"),
        ("Ontustik Kazakhstan", "KZ-YUZ"), ("South Kazakhstan", "KZ-YUZ"), ("Южно-Казахстанская", "KZ-YUZ"),
        ("KZONT", "KZ-YUZ"), ("KZ-YUZ", "KZ-YUZ"),
        ("Turkistan", "KZ-61"), ("Turkestanskaya 3)", "KZ-61"), ("Туркестанская2)", "KZ-61"),
        ("Туркестанская 1", "KZ-61"), ("Түркістан облысы", "KZ-61"), ("KZYUZ", "KZ-61"),
        ("Republic of Kazakhstan", "KZ"), ("Республика Казахстан ", "KZ"), ("Қазақстан Республикасы ", "KZ"),
        ("national", "KZ"),
        ("Аlmaty", "KZ-19"), ("Almaty", "KZ-19"), ("Алматы", "KZ-19"), ("Алматинская", "KZ-19"),
        ("Almatinskaya", "KZ-19"), ("KZALM", "KZ-19"), ("KZ-ALM", "KZ-19"),
        ("Аktobе", "KZ-15"), ("Aktubinskaya", "KZ-15"), ("Актюбинская ", "KZ-15"), ("Ақтөбе", "KZ-15"),
        ("Кaragandy", "KZ-35"), ("Karagandinskaya", "KZ-35"), ("Қарағанды", "KZ-35"),
        ("Коstanay", "KZ-39"), ("Kostanai", "KZ-39"), ("Kostanaiskaya", "KZ-39"), ("Қостанай", "KZ-39"),
        ("Кyzylorda", "KZ-43"), ("Kyzylordinskaya", "KZ-43"), ("Мangystau", "KZ-47"), ("Mangistauskaya", "KZ-47"),
        ("Мангистауская", "KZ-47"), ("Маңғыстау", "KZ-47"),
        ("Batys Kazakhstan", "KZ-27"), ("West Kazakhstan", "KZ-27"), ("Западно-Казахстанская", "KZ-27"),
        ("Батыс Қазақстан", "KZ-27"),
        ("Soltustik Кazakhstan", "KZ-59"), ("North Kazakhstan", "KZ-59"), ("Северо-Казахстанская", "KZ-59"),
        ("Солтүстік Қазақстан", "KZ-59"),
        ("Shygys Kazakhstan", "KZ-63"), ("East Kazakhstan", "KZ-63"), ("Восточно-Казахстанская", "KZ-63"),
        ("Шығыс Қазақстан", "KZ-63"),
        ("Abay", "KZ-10"), ("Abai", "KZ-10"), ("Абай", "KZ-10"), ("KZABY", "KZ-10"),
        ("Zhetisu ", "KZ-33"), ("Жетісу", "KZ-33"), ("KZZHS", "KZ-33"),
        ("Ulytau", "KZ-62"), ("Ұлытау", "KZ-62"), ("KZULU", "KZ-62"),
        ("Akmola", "KZ-11"), ("Akmolinskaya", "KZ-11"), ("Акмолинская", "KZ-11"), ("Ақмола", "KZ-11"),
        ("Atyrau", "KZ-23"), ("Atyrauskaya", "KZ-23"), ("Атырауская", "KZ-23"),
        ("Zhambyl", "KZ-31"), ("Zhambylskaya", "KZ-31"), ("Жамбылская", "KZ-31"),
        ("Pavlodar", "KZ-55"), ("Pavlodarskaya", "KZ-55"), ("Павлодарская", "KZ-55"),
    ]

    @Test(arguments: spellings)
    func resolves(_ spelling: String, _ id: String) {
        #expect(Regions.resolve(spelling)?.id == id, "\"\(spelling)\"")
    }

    /// Every code of sdg-ref-area-codes-en.yml that names a region (the cities and villages in
    /// it are not regions) resolves.
    @Test func sdgCodeList() throws {
        let text = try String(contentsOfFile: Fixtures.path("sdg-ref-area-codes-en.yml"), encoding: .utf8)
        var codes: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { CellText.trim($0) }
            guard parts.count == 2 else { continue }
            codes[parts[0]] = parts[1]
        }
        for (code, name) in codes {
            let lower = name.lowercased()
            let isPlace = lower.hasPrefix("city") || lower.hasPrefix("village") || lower.hasPrefix("skfm")
                || (lower.hasSuffix(" city") && !["KZALA", "KZNS", "KZSHY"].contains(code))
                || ["KZKBL", "KZKLS", "KZSHB"].contains(code) || code == "REF_AREA"
            if isPlace { continue }
            let region = Regions.resolve(code)
            #expect(region != nil, "\(code): \(name)")
            // The name the list gives resolves to the same region (Turkistan is KZYUZ there).
            #expect(Regions.resolve(name)?.id == region?.id, "\(code): \(name)")
        }
    }

    @Test func twentyCurrentRegionsAndTheRepublic() {
        let current = Regions.all.filter { $0.lastYear == nil }
        #expect(current.count == 21)
        #expect(current.filter { $0.kind == .city }.map(\.id).sorted() == ["KZ-71", "KZ-75", "KZ-79"])
        #expect(current.filter { $0.kind == .oblast }.count == 17)
        #expect(Regions.conflictingSpellings.isEmpty)
        #expect(Set(Regions.all.map(\.id)).count == Regions.all.count)
    }

    @Test func existenceYears() throws {
        let shymkent = try #require(Regions.region(id: "KZ-79"))
        #expect(!shymkent.existed(in: 2017) && shymkent.existed(in: 2018))
        let turkistan = try #require(Regions.region(id: "KZ-61"))
        #expect(!turkistan.existed(in: 2017) && turkistan.existed(in: 2018))
        for id in ["KZ-10", "KZ-33", "KZ-62"] {
            let region = try #require(Regions.region(id: id))
            #expect(!region.existed(in: 2021) && region.existed(in: 2022))
        }
        let south = try #require(Regions.region(id: "KZ-YUZ"))
        #expect(south.existed(in: 2017) && !south.existed(in: 2018))
    }

    @Test func unknownNameNamesTheClosestSpelling() {
        #expect(Regions.resolve("Almaty citty") == nil)
        #expect(Regions.closestSpelling(to: "Almaty citty") == "Almaty city")
        #expect(Regions.closestSpelling(to: "Карагандинска") == "Карагандинская")
        do {
            _ = try Regions.resolve("Shymkentt city", file: "t.xlsx", location: "S!A9")
            Issue.record("no error")
        } catch let error as BureauError {
            #expect(error.description == "t.xlsx: S!A9: unknown region \"Shymkentt city\"; the closest known spelling is \"Shymkent city\"")
            #expect(error.exitCode == 65)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func southKazakhstanNotes() {
        #expect(Regions.southKazakhstanYears(inNote: "Data for 1993-2017 for the South Kazakhstan region") == 1993...2017)
        #expect(Regions.southKazakhstanYears(inNote: "Данные за 2000-2016гг. по Южно-Казахстанской области.") == 2000...2016)
        #expect(Regions.southKazakhstanYears(
            inNote: "Data for the Turkestan region and the city of Shymkent from 2010 to 2017 estimates based on data from SKO")
            == nil)
    }
}
