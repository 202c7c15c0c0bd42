public enum BureauTables {}
