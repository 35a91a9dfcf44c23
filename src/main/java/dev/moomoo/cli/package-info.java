/**
 * The program's entry point, above every other package: it picks the subcommand or the server and
 * hands the command line over, on the main thread.
 */
package dev.moomoo.cli;
