/**
 * The {@code lobby} subcommand: the fleet's one server list, ping and signed join tickets, over static
 * game servers or an Agones Fleet read through the Kubernetes API (README, "The lobby"). One virtual
 * thread polls the source and swaps the list as one value; the request threads only read it.
 */
package dev.moomoo.fleet.lobby;
