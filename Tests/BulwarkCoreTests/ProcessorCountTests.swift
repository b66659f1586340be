@testable import BulwarkCore
import Foundation
import Testing

/// `ProcessorCount.active` replaces Foundation's `activeProcessorCount` as the default number of workers.
@Test func processorCountMatchesFoundationOnThisMachine() {
    #expect(ProcessorCount.active >= 1)
    #expect(ProcessorCount.active == ProcessInfo.processInfo.activeProcessorCount)
}

#if os(Linux)
@Test func cpuListsAreCountedAndMalformedListsRefused() {
    #expect(ProcessorCount.cpuListCount("0-1\n") == 2)
    #expect(ProcessorCount.cpuListCount("0") == 1)
    #expect(ProcessorCount.cpuListCount("0-3,8,10-11\n") == 7)
    #expect(ProcessorCount.cpuListCount("") == nil)
    #expect(ProcessorCount.cpuListCount("\n") == nil)
    #expect(ProcessorCount.cpuListCount("3-1") == nil)
    #expect(ProcessorCount.cpuListCount("a-b") == nil)
    #expect(ProcessorCount.cpuListCount("0-") == nil)
}

@Test func cgroupV2CpuMaxIsRoundedUpAndMaxMeansNoLimit() {
    #expect(ProcessorCount.cpuMaxCount("200000 100000\n") == 2)
    #expect(ProcessorCount.cpuMaxCount("150000 100000\n") == 2)
    #expect(ProcessorCount.cpuMaxCount("50000 100000") == 1)
    #expect(ProcessorCount.cpuMaxCount("max 100000\n") == nil)
    #expect(ProcessorCount.cpuMaxCount("100000") == nil)
    #expect(ProcessorCount.cpuMaxCount("0 100000") == nil)
}

@Test func affinityCountIsTheSchedulersCount() {
    // sysconf counts online CPUs; the affinity mask can only be smaller.
    let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    let n = ProcessorCount.affinityCount()
    #expect(n != nil)
    #expect((n ?? 0) >= 1 && (n ?? 0) <= online)
}
#endif
