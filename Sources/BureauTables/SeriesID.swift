/// The series ids the readers produce, with their units.
///
/// Regional tables:
/// - `grp`: gross regional product, mln tenge (GRP table, long CSV).
/// - `grp_rubles`: the same for 1990-1992, in mln rubles, kept apart (footnote 1 of the GRP
///   table); any value whose note says rubles gets the `_rubles` suffix and the note's unit
///   (`CellText.rublesUnit`), so rubles never mix with tenge.
/// - `grp_per_capita`: thousand tenge; `grp_per_capita_usd`: US dollars.
/// - `grp_growth`: real GRP growth, percent = volume index − 100. Every series made from a
///   volume index (`*_growth`) has the unit `realGrowthUnit`, so it cannot pass for nominal.
/// - `investment_fixed_capital`: mln tenge; `investment_growth`: real, volume index − 100.
/// - `population`: people at 1 January (period `startOfYear`).
/// - `unemployment_rate`: percent of the labour force.
/// - `cpi_dec_dec`, `cpi_annual_avg`: consumer price index for goods and services, percent of
///   December of the previous year / of the previous year's average; likewise
///   `cpi_food_*`, `cpi_nonfood_*`, `cpi_services_*` for the other three blocks.
/// - `manufacturing_share`: SDG 9.2.1, manufacturing value added, percent of GRP (2010 prices);
///   `manufacturing_per_capita_usd_2010`: its per-capita companion in 2010 US dollars.
/// - `real_grp_per_capita_index_2005`: SDG 8.1.1, real GRP per capita, percent of 2005.
/// - `hourly_earnings`: SDG 8.5.1 total, tenge per hour.
///
/// Almaty city workbook (annual columns):
/// - `grp_bn` (bn tenge), `grp_growth`, `grp_per_capita` (thousand tenge),
/// - `investment_fixed_capital` (mln tenge), `investment_fixed_capital_usd` (mln US dollars),
///   `investment_growth`,
/// - `retail_trade_turnover` (bn tenge), `retail_trade_growth` (real, index − 100),
/// - `industrial_output` (mln tenge), `industrial_output_growth` (real, index − 100),
/// - `average_monthly_wage` (tenge), `real_wage_growth` (index − 100),
/// - `unemployment_rate` (percent),
/// - `legal_entities_registered`, `legal_entities_active` (units),
/// - `housing_stock` (mln m²), `housing_per_capita` (m² per person), `housing_commissioned`
///   (thousand m² of residential floor area).
public enum SeriesID {
    public static let grp = "grp"
    public static let grpBillions = "grp_bn"
    public static let grpPerCapita = "grp_per_capita"
    public static let grpPerCapitaUSD = "grp_per_capita_usd"
    public static let grpGrowth = "grp_growth"
    public static let investment = "investment_fixed_capital"
    public static let investmentUSD = "investment_fixed_capital_usd"
    public static let investmentGrowth = "investment_growth"
    public static let population = "population"
    public static let unemploymentRate = "unemployment_rate"
    public static let cpiDecDec = "cpi_dec_dec"
    public static let cpiAnnualAverage = "cpi_annual_avg"
    public static let manufacturingShare = "manufacturing_share"
    public static let manufacturingPerCapitaUSD2010 = "manufacturing_per_capita_usd_2010"
    public static let realGRPPerCapitaIndex2005 = "real_grp_per_capita_index_2005"
    public static let hourlyEarnings = "hourly_earnings"
    public static let retailTrade = "retail_trade_turnover"
    public static let retailTradeGrowth = "retail_trade_growth"
    public static let industrialOutput = "industrial_output"
    public static let industrialOutputGrowth = "industrial_output_growth"
    public static let averageMonthlyWage = "average_monthly_wage"
    public static let realWageGrowth = "real_wage_growth"
    public static let legalEntitiesRegistered = "legal_entities_registered"
    public static let legalEntitiesActive = "legal_entities_active"
    public static let housingStock = "housing_stock"
    public static let housingPerCapita = "housing_per_capita"
    public static let housingCommissioned = "housing_commissioned"

    /// The suffix a series gets when its figures are in rubles (before the tenge, Nov 1993).
    public static let rublesSuffix = "_rubles"
}
