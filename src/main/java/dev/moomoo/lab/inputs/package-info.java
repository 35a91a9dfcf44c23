/**
 * Deterministic replay of inputs (issue 26; the format in src/site/input-journal.md): the recorder that
 * turns what a world's tick consumed into an input journal, written by its own thread; the streaming
 * reader; and the replay that builds a world from a journal's seed and settings, feeds it the inputs tick
 * by tick and compares each tick's state digest with the recorded one. The recorder's tick-side calls
 * run on the world's tick thread and only note what they are given; everything else runs on the
 * recorder's writer thread or the replaying thread.
 */
package dev.moomoo.lab.inputs;
