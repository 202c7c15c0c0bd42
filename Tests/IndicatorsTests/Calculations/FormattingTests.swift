import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

@Suite struct FormattingTests {
    @Test func valuesAsPeopleReadThem() {
        #expect(ValueFormatter.format(20, unit: .percent) == "20.0 %")
        #expect(ValueFormatter.format(25, unit: .percentChange) == "+25.0 %")
        #expect(ValueFormatter.format(-3.25, unit: .percentChange) == "-3.3 %")
        #expect(ValueFormatter.format(482e9, unit: .tenge) == "482 bn ₸")
        #expect(ValueFormatter.format(35.6e9, unit: .usd) == "35.6 bn US$")
        #expect(ValueFormatter.format(1_840_000, unit: .people) == "1.84 M people")
        #expect(ValueFormatter.format(25, unit: .rank) == "#25")
        #expect(ValueFormatter.format(1500, unit: .count) == "1,500")
        #expect(ValueFormatter.format(19_066.6e9, unit: .tenge) == "19.1 trn ₸")
        #expect(ValueFormatter.format(999.7e9, unit: .tenge) == "1.00 trn ₸")
        #expect(ValueFormatter.format(450e6, unit: .tenge) == "450 M ₸")
    }

    @Test func kazakhAndRussianUseADecimalComma() {
        #expect(ValueFormatter.format(20.6, unit: .percent, language: .kk) == "20,6 %")
        #expect(ValueFormatter.format(482e9, unit: .tenge, language: .ru) == "482 млрд ₸")
        #expect(ValueFormatter.format(1_435_000, unit: .people, language: .ru) == "1,44 млн чел.")
        #expect(ValueFormatter.format(1500, unit: .count, language: .kk) == "1 500")
    }

    @Test func changes() {
        #expect(ValueFormatter.format(Change.points(2.6)) == "+2.6 pp")
        #expect(ValueFormatter.format(Change.points(0)) == "0.0 pp")
        #expect(ValueFormatter.format(Change.percent(-12.04)) == "-12.0 %")
        #expect(ValueFormatter.format(Change.places(3)) == "+3 places")
        #expect(ValueFormatter.format(Change.places(-2)) == "-2 places")
    }

    @Test func fullFigures() {
        #expect(ValueFormatter.formatFull(482e9, unit: .tenge) == "482,000,000,000 ₸")
        #expect(ValueFormatter.formatFull(1_489_100, unit: .people, language: .kk) == "1 489 100 адам")
    }

    @Test func displayWidthMeasuresColumns() {
        #expect(DisplayWidth.of("Алматы") == 6)
        #expect(DisplayWidth.of("әғқңөұүһі") == 9)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("城市") == 4)
        #expect(DisplayWidth.truncate("Инвестиция өсімі", to: 10) == "Инвестици…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("城市城市", to: 5)) <= 5)
        #expect(DisplayWidth.pad("ЖІӨ", to: 5) == "ЖІӨ  ")
    }

    @Test func textSafetyShowsControlsAsPlaceholders() {
        #expect(TextSafety.visible("a\u{1B}]0;title\u{07}b") == "a␛]0;title␇b")
        #expect(TextSafety.visible("x\u{9B}y\u{202E}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(TextSafety.visible("Алматы") == "Алматы")
    }
}
