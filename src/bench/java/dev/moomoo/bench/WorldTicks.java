package dev.moomoo.bench;

/** One world's ticks over a benchmark's window: how many it ran, and their time. */
record WorldTicks(String world, long ticks, double p50Millis, double p99Millis, double maxMillis) {
}
