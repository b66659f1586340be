import BulwarkCore
import BulwarkFormats

/// An MCP server started in a container that is given the host: `--privileged`, the Docker socket,
/// the host's root or home folder, the host's process namespace.
struct MCPContainerHostAccessRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "mcp-container-host-access",
            name: "Containerised MCP server given the host",
            family: AgentRuleSupport.family,
            summary: "An MCP server runs in `docker run`/`podman run` with `--privileged`, the Docker socket, the host's root or home folder mounted, or the host's PID namespace, so the container isolates nothing.",
            rationale: """
            ## What it detects
            The options before the image of an MCP server launched with `docker run` or `podman run`: \
            `--privileged`; `--pid=host`; `--cap-add` of `SYS_ADMIN` or `ALL`; `--security-opt` \
            `seccomp=unconfined` or `apparmor=unconfined`; and a `-v`/`--volume`/`--mount` whose source is \
            the Docker or Podman socket, `/`, `/etc`, `/root`, `/home`, `/Users`, or the home folder (`~`, \
            `$HOME`, `${HOME}`, `%USERPROFILE%`).

            ## Why it matters
            Running an MCP server in a container is how a team limits what a third-party server (and the \
            instructions its tools return) can reach. With one of these options the server can start \
            containers of its own as root, read every SSH key and cloud credential in the home folder, or \
            escape to the host: the same reach as an unsandboxed process, with a false sense of isolation.

            ## How to fix
            Mount only the project folder the server needs, read-only where possible (`-v "$PWD:/workspace:ro"`), \
            drop `--privileged` and extra capabilities, and never hand a server the Docker socket.

            ## References
            - Docker: runtime privilege and Linux capabilities: https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities
            - OWASP Docker Security Cheat Sheet, rule 1 (do not expose the Docker socket)
            - CWE-250: Execution with Unnecessary Privileges
            """,
            defaultSeverity: .medium,
            remediation: "Mount only the project folder, drop --privileged and added capabilities, never mount the Docker socket.",
            examples: [
                Example(.triggers, path: ".mcp.json", """
                {"mcpServers": {"ops": {"command": "docker", "args": ["run", "-i", "--rm", "-v", "/var/run/docker.sock:/var/run/docker.sock", "ghcr.io/acme/ops-mcp@sha256:8d2c4f0e9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"]}}} // <-
                """),
                Example(.clean, path: ".mcp.json", """
                {"mcpServers": {"fs": {"command": "docker", "args": ["run", "-i", "--rm", "-v", "${PWD}:/workspace:ro", "ghcr.io/acme/fs-mcp@sha256:8d2c4f0e9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d"]}}}
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        guard let s = doc.settings else { return [] }
        return s.mcpServers.filter { !$0.disabled }.compactMap { srv in
            guard let (what, mark) = MCPLaunchAnalysis.containerHostAccess(srv) else { return nil }
            return Finding(rule: description,
                           message: "MCP server `\(srv.name)` runs in a container with \(what): it can reach the host, so the container isolates nothing",
                           location: AgentRuleSupport.location(context, mark), anchor: srv.name + ":" + what,
                           properties: ["server": srv.name])
        }
    }
}

extension MCPLaunchAnalysis {
    static let hostSources: Set<String> = ["/", "/etc", "/root", "/home", "/users", "~", "$home", "${home}", "%userprofile%",
                                           "/var/run/docker.sock", "/run/docker.sock", "/run/podman/podman.sock"]

    /// What a `docker run`/`podman run` server command gives the container of the host, if anything.
    public static func containerHostAccess(_ srv: MCPServerConfig) -> (String, ConfigMark)? {
        guard let cmd = srv.command else { return nil }
        var words = cmd.value.split(separator: " ").map(String.init)
        var marks = [ConfigMark](repeating: cmd.mark, count: words.count)
        words += srv.args.map(\.value)
        marks += srv.args.map(\.mark)
        guard let first = words.first, ["docker", "podman"].contains(baseName(first).lowercased()),
              words.count > 1, words[1] == "run" else { return nil }
        let valueFlags: Set<String> = ["-e", "--env", "-v", "--volume", "-p", "--publish", "--name", "--network", "--net",
                                       "-w", "--workdir", "--entrypoint", "-u", "--user", "--env-file", "--mount",
                                       "--platform", "-l", "--label", "--add-host", "--cpus", "-m", "--memory",
                                       "--pull", "--cap-add", "--cap-drop", "--security-opt", "-h", "--hostname", "--device", "--pid"]
        var i = 2
        while i < words.count, i < 256 {
            let w = words[i]
            guard w.hasPrefix("-") else { break } // the image: options after it belong to the server
            let (flag, inline): (String, String?) = {
                if let eq = w.firstIndex(of: "="), w.hasPrefix("--") { return (String(w[..<eq]), String(w[w.index(after: eq)...])) }
                return (w, nil)
            }()
            let value = inline ?? (valueFlags.contains(flag) && i + 1 < words.count ? words[i + 1] : nil)
            let mark = marks[min(i, marks.count - 1)]
            switch flag {
            case "--privileged": return ("`--privileged`", mark)
            case "--pid" where value == "host": return ("the host's process namespace (`--pid=host`)", mark)
            case "--cap-add" where ["sys_admin", "cap_sys_admin", "all"].contains(value?.lowercased() ?? ""):
                return ("`--cap-add \(value ?? "")`", mark)
            case "--security-opt" where (value ?? "").lowercased().hasSuffix("=unconfined"):
                return ("`--security-opt \(value ?? "")`", mark)
            case "-v", "--volume", "--mount":
                if let v = value, let src = mountSource(v, mount: flag == "--mount"), hostSources.contains(src.lowercased()) {
                    return ("the host's `\(src)` mounted", marks[min(i + (inline == nil ? 1 : 0), marks.count - 1)])
                }
            default: break
            }
            i += (inline == nil && valueFlags.contains(flag)) ? 2 : 1
        }
        return nil
    }

    /// The source of `-v SRC:DST[:opts]` or `--mount type=bind,source=SRC,target=DST`, trailing slashes dropped.
    static func mountSource(_ v: String, mount: Bool) -> String? {
        var src: String
        if mount {
            guard let part = v.split(separator: ",").first(where: { $0.hasPrefix("source=") || $0.hasPrefix("src=") }),
                  let eq = part.firstIndex(of: "=") else { return nil }
            src = String(part[part.index(after: eq)...])
        } else {
            // `C:\\x:/y` on Windows has a drive colon; the host side ends at the first colon after it.
            let chars = Array(v)
            var start = 0
            if chars.count > 2, chars[0].isLetter, chars[1] == ":", chars[2] == "\\" || chars[2] == "/" { start = 2 }
            guard let colon = chars[start...].firstIndex(of: ":") else { return nil }
            src = String(chars[..<colon])
        }
        while src.count > 1, src.hasSuffix("/") { src.removeLast() }
        return src
    }
}
