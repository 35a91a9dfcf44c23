/**
 * Recordings of the packet lab (issue 26): what a world, a connection or a player sent and received,
 * kept in files of the format of {@code src/site/recording-format.md}. A {@link dev.moomoo.lab.record.Recorder}
 * writes on a virtual thread of its own, never on a tick thread; {@link dev.moomoo.lab.record.RecordingReader}
 * reads on whichever thread calls it, as a stream in bounded memory.
 */
package dev.moomoo.lab.record;
