/** Known cloud and Kubernetes commands recognised as WarRoom's native actions, with the resources their arguments name. */
package dev.warroom.importer.commands;
