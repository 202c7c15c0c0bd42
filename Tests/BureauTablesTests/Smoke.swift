import Testing
@testable import BureauTables
