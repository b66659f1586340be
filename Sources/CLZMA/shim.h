// The system liblzma (Debian: liblzma-dev), for xz and legacy .lzma model payloads (joblib compress='xz'/'lzma')
// and the LZMA/LZMA2/BCJ/delta coders of 7z archives.
#include <lzma.h>
#include <stdlib.h>

/// liblzma filter ids (the macros are 64-bit expressions Swift does not import).
static inline uint64_t bulwark_lzma_filter_lzma1(void) { return LZMA_FILTER_LZMA1; }
static inline uint64_t bulwark_lzma_filter_lzma2(void) { return LZMA_FILTER_LZMA2; }
static inline uint64_t bulwark_lzma_filter_delta(void) { return LZMA_FILTER_DELTA; }
static inline uint64_t bulwark_lzma_filter_x86(void) { return LZMA_FILTER_X86; }
static inline uint64_t bulwark_lzma_filter_powerpc(void) { return LZMA_FILTER_POWERPC; }
static inline uint64_t bulwark_lzma_filter_ia64(void) { return LZMA_FILTER_IA64; }
static inline uint64_t bulwark_lzma_filter_arm(void) { return LZMA_FILTER_ARM; }
static inline uint64_t bulwark_lzma_filter_armthumb(void) { return LZMA_FILTER_ARMTHUMB; }
static inline uint64_t bulwark_lzma_filter_sparc(void) { return LZMA_FILTER_SPARC; }

/// Starts a raw decoder for a chain of `count` (1...4) filters given in liblzma's order (the compressor
/// last), each with its 7z properties (`props` holds them back to back, `prop_sizes` their lengths).
/// The LZMA/LZMA2 dictionary is capped at `dict_cap` bytes (a decoder never looks further back than
/// the output it has produced, so a cap of at least the output size decodes the same). With liblzma
/// 5.3.3 or later an LZMA1 coder is told its uncompressed size `out_size`, so that it ends there and
/// the filters after it flush their last bytes. Returns LZMA_OK or the first error.
static inline lzma_ret bulwark_raw_decoder(lzma_stream *strm, const uint64_t *ids, const uint8_t *props,
                                           const size_t *prop_sizes, size_t count, uint32_t dict_cap,
                                           uint64_t out_size) {
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    size_t offset = 0, i;
    lzma_ret ret = LZMA_OK;
    if (count == 0 || count > LZMA_FILTERS_MAX) return LZMA_OPTIONS_ERROR;
    if (dict_cap < LZMA_DICT_SIZE_MIN) dict_cap = LZMA_DICT_SIZE_MIN;
    for (i = 0; i <= count; i++) {
        filters[i].id = i < count ? ids[i] : LZMA_VLI_UNKNOWN;
        filters[i].options = NULL;
    }
    for (i = 0; i < count; i++) {
        int lzma1 = ids[i] == LZMA_FILTER_LZMA1;
#ifdef LZMA_FILTER_LZMA1EXT
        if (lzma1) filters[i].id = LZMA_FILTER_LZMA1EXT;
#endif
        ret = lzma_properties_decode(&filters[i], NULL, props + offset, prop_sizes[i]);
        offset += prop_sizes[i];
        if (ret != LZMA_OK) goto done;
        if (lzma1 || ids[i] == LZMA_FILTER_LZMA2) {
            lzma_options_lzma *o = (lzma_options_lzma *)filters[i].options;
            if (o == NULL) { ret = LZMA_OPTIONS_ERROR; goto done; }
            if (o->dict_size > dict_cap) o->dict_size = dict_cap;
#ifdef LZMA_FILTER_LZMA1EXT
            if (lzma1) {
                o->ext_flags = LZMA_LZMA1EXT_ALLOW_EOPM;
                o->ext_size_low = (uint32_t)out_size;
                o->ext_size_high = (uint32_t)(out_size >> 32);
            }
#endif
        }
    }
    ret = lzma_raw_decoder(strm, filters);
done:
    for (i = 0; i < count; i++) free(filters[i].options);
    return ret;
}
