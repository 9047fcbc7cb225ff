import Foundation
import ModelClients

/// Asks every panelist its role's prompt at once, through one shared `PanelClient`, and reports each
/// reply as it arrives; a panelist with a cached reply is not asked. Returns a reply for every panelist,
/// in the panel's order.
public struct PanelRun: Sendable {
    public let client: PanelClient

    public init(client: PanelClient) { self.client = client }

    public func ask(_ panelists: [Panelist], prompts: [PanelRole: Prompt], progress: PanelProgressSink?,
                    cached: [String: Reply] = [:]) async -> [Reply] {
        progress?(.started(panelists))
        let replies = await withTaskGroup(of: (Int, Reply).self) { group in
            for (index, panelist) in panelists.enumerated() {
                if let reply = cached[panelist.name] {
                    progress?(.finished(reply, fromCache: true))
                    group.addTask { (index, reply) }
                    continue
                }
                guard let prompt = prompts[panelist.role] else { continue }
                group.addTask {
                    let reply = await client.ask(panelist, prompt)
                    progress?(.finished(reply, fromCache: false))
                    return (index, reply)
                }
            }
            var replies = [Reply?](repeating: nil, count: panelists.count)
            for await (index, reply) in group { replies[index] = reply }
            return replies
        }
        progress?(.done)
        return replies.enumerated().map { index, reply in
            reply ?? Reply(panelist: panelists[index].name, provider: panelists[index].provider, role: panelists[index].role,
                           modelRequested: panelists[index].model, status: .failed("no prompt was rendered for role \(panelists[index].role.rawValue)"))
        }
    }
}
