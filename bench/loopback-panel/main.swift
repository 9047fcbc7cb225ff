import Foundation
import LoopbackServer

// A loopback panel for bench/: three OpenAI-compatible panelists (models panel-a, panel-b, panel-c) on one
// loopback server, each answering a schema review after `--delay-ms` (default 0). Prints the server's base
// URL on the first line, then serves until the process is killed.
let arguments = CommandLine.arguments
var delay = 0
if let at = arguments.firstIndex(of: "--delay-ms"), at + 1 < arguments.count, let value = Int(arguments[at + 1]) {
    delay = value
}
let answer = """
    {"verdict":"approve-with-changes","decision":"","recommended_database":"","alternatives":[],\
    "findings":[{"category":"indexing","severity":"high","target":"posts.uploader_id","title":"Missing index on posts.uploader_id",\
    "detail":"Joins scan posts.","fix":"CREATE INDEX ON posts (uploader_id);"}],\
    "risks":[],"roadmap":["Add the index"],"summary":"Mostly sound.","confidence":0.8}
    """
let server = try LoopbackServer()
for model in ["panel-a", "panel-b", "panel-c"] {
    let step: LoopbackStep = delay > 0 ? .delayed(.milliseconds(delay), .answer(answer)) : .answer(answer)
    server.route("/v1/chat/completions", model: model, step)
}
FileHandle.standardOutput.write(Data((server.baseURL + "\n").utf8))
while true { sleep(3600) }
