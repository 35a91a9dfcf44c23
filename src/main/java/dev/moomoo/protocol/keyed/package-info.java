/**
 * The keyed protocol of the v1.9 client (src/site/keyed-protocol.md): the three modes its
 * {@code io-init} selects, the per-connection shuffled packet tables, signed and masked frames, and
 * the build module ({@code moomoo-protocol}) whose key mixer this server generates and serves. Pure:
 * no sockets, no threads of its own. Threading rule: the values here are immutable and shared; a
 * {@link dev.moomoo.protocol.keyed.KeyedChannel} is one connection's, opened by its reader thread and
 * sealed by whichever single thread fixes the order of the frames on the wire.
 */
package dev.moomoo.protocol.keyed;
