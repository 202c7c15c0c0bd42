/// Size limits checked before and while a workbook is unpacked.
///
/// Why: an .xlsx is a zip archive, and a few kilobytes of zip can declare or inflate to gigabytes
/// (a "zip bomb"). The bureau's largest workbook here is 0.9 MB packed and 12.7 MB unpacked, with
/// a worst entry ratio of about 24:1 (`styles.xml`), so these limits leave a wide margin for real
/// tables and still stop a hostile file early. They are checked on the declared sizes before any
/// byte is inflated, and again on the bytes actually produced, because a declared size can lie.
public struct XLSXLimits: Sendable, Equatable {
    /// Largest .xlsx file accepted: 64 MiB.
    public static let defaultMaxFileSize: UInt64 = 64 << 20
    /// Largest sum of the entries' uncompressed sizes: 256 MiB.
    public static let defaultMaxTotalUncompressed: UInt64 = 256 << 20
    /// Largest single entry once inflated: 128 MiB.
    public static let defaultMaxEntryUncompressed: UInt64 = 128 << 20
    /// Largest uncompressed:compressed ratio of an entry that is itself larger than
    /// `ratioAppliesAbove`; real worksheets stay below 30:1.
    public static let defaultMaxRatio: UInt64 = 100
    /// Small entries are exempt from the ratio check: a 2 KB part of repeated XML can
    /// legitimately compress 100:1 and is harmless.
    public static let defaultRatioAppliesAbove: UInt64 = 1 << 20

    public var maxFileSize: UInt64
    public var maxTotalUncompressed: UInt64
    public var maxEntryUncompressed: UInt64
    public var maxRatio: UInt64
    public var ratioAppliesAbove: UInt64

    public init(
        maxFileSize: UInt64 = defaultMaxFileSize,
        maxTotalUncompressed: UInt64 = defaultMaxTotalUncompressed,
        maxEntryUncompressed: UInt64 = defaultMaxEntryUncompressed,
        maxRatio: UInt64 = defaultMaxRatio,
        ratioAppliesAbove: UInt64 = defaultRatioAppliesAbove
    ) {
        self.maxFileSize = maxFileSize
        self.maxTotalUncompressed = maxTotalUncompressed
        self.maxEntryUncompressed = maxEntryUncompressed
        self.maxRatio = maxRatio
        self.ratioAppliesAbove = ratioAppliesAbove
    }

    public static let standard = XLSXLimits()
}
