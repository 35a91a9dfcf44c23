/** Benchmarks and the load generator: command-line tools that measure the server and print tables. */
package dev.moomoo.tools;
