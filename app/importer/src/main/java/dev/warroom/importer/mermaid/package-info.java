/** Mermaid flowcharts ({@code graph TD}/{@code flowchart}) read into a graph, and the graph turned into a decision tree. */
package dev.warroom.importer.mermaid;
