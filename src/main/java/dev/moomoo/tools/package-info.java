/**
 * The load generator, the {@code moomoo-server load} subcommand. (The benchmarks that drive it live in
 * their own source set, {@code src/bench/java}, out of the runtime image.)
 */
package dev.moomoo.tools;
