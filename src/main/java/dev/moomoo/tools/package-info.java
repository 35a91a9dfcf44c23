/**
 * Tools that drive the server as its clients do: the load generator (the {@code moomoo-server load}
 * subcommand) and the class-data-sharing training run ({@code --cds-training}, used when the runtime
 * image is built). (The benchmarks that drive them live in their own source set, {@code src/bench/java},
 * out of the runtime image.)
 */
package dev.moomoo.tools;
