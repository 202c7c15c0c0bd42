import Foundation
import Importers

/// The bureau's file server played by `Tests/bureau-server.py` on 127.0.0.1, on a free port:
/// it serves the tables of ../shared/data/bns under the bureau's addresses and misbehaves
/// on request (see the script). Routes are a JSON file it reads again on every request.
final class BureauServer {
    typealias Route = [String: Any]

    let folder: TemporaryFolder
    let port: Int
    private let process: Process
    var routesFile: String { folder.path + "/routes.json" }
    private(set) var scheme = "http"
    var base: String { "\(scheme)://127.0.0.1:\(port)" }

    /// `tls`: serve https with a self-signed certificate made for the occasion (openssl).
    init(_ routes: [String: Route] = BureauServer.shipped(), tls: Bool = false) throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/routes.json"
        try Self.write(routes, to: file)
        var arguments = ["python3", RepositoryFiles.root + "/Tests/bureau-server.py", file]
        if tls {
            let made = try Command.run("/usr/bin/openssl", [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder.path + "/key.pem", "-out", folder.path + "/cert.pem",
                "-days", "2", "-subj", "/CN=127.0.0.1",
            ])
            guard made.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            arguments += ["--tls", folder.path + "/cert.pem", folder.path + "/key.pem"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(10) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).prefix { $0.isNumber }) else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadUnknown)
        }
        self.folder = folder
        self.process = process
        self.port = port
        scheme = tls ? "https" : "http"
    }

    /// The test runner blocks most signals, so the server is stopped with the one that cannot be.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        folder.remove()
    }

    static func write(_ routes: [String: Route], to file: String) throws {
        let data = try JSONSerialization.data(withJSONObject: routes)
        try data.write(to: URL(fileURLWithPath: file + ".tmp"))
        rename(file + ".tmp", file)
    }

    /// How many requests each path had.
    func requests(_ path: String) -> Int {
        let log = (try? String(contentsOfFile: routesFile + ".log", encoding: .utf8)) ?? ""
        return log.split(separator: "\n").filter { $0 == "GET \(path)" }.count
    }

    /// A table's path under the bureau's pattern.
    static func path(_ name: String) -> String {
        let table = BureauTableList.table(named: name)!
        return "/api/iblock/element/\(table.element!)/file/\(table.language)/"
    }

    /// Every updatable table, served as shipped.
    static func shipped() -> [String: Route] {
        var routes: [String: Route] = [:]
        for table in BureauTableList.updatable {
            routes[path(table.name)] = ["file": RepositoryFiles.bureau + "/" + table.file]
        }
        return routes
    }

    /// Almaty city's 2023 GRP in the city workbook, 24 895.9 bn tenge as shipped, revised.
    static var revisedGRP: Route { [
        "file": RepositoryFiles.bureau + "/almaty-city-socioeconomic-dynamics-1991-2025.xlsx",
        "cells": [["sheet": "ВРП", "cell": "AI2", "value": "25229.7"]],
    ] }

    /// The population table with new counts on 1 January 2023 for Almaty, Astana and Shymkent
    /// cities and Aktobe region (row 21 is Almaty; column Y is 2023): four files change.
    static var revisedPopulation: Route { [
        "file": RepositoryFiles.bureau + "/population-by-region-start-of-year-2000-2023.xlsx",
        "cells": [
            ["sheet": "Все население", "cell": "Y21", "value": "2161900"],
            ["sheet": "Все население", "cell": "Y20", "value": "1354600"],
            ["sheet": "Все население", "cell": "Y22", "value": "1192200"],
            ["sheet": "Все население", "cell": "Y5", "value": "928300"],
        ],
    ] }
}

/// A copy of the shipped data (indicators.json and regions/) to update, and its bytes.
struct DataCopy {
    let folder: TemporaryFolder
    var path: String { folder.path }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: RepositoryFiles.dataset, toPath: path + "/indicators.json")
        try FileManager.default.copyItem(atPath: RepositoryFiles.root + "/regions", toPath: path + "/regions")
    }

    /// Every file under the folder (hidden ones too: a journal left behind shows), with its bytes.
    func files() -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isFolder)
            result[relative] = isFolder.boolValue ? Data() : FileManager.default.contents(atPath: path + "/" + relative)
        }
        return result
    }

    func remove() { folder.remove() }
}
