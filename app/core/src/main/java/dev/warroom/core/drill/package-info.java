/**
 * What a drill's facilitator sees and decides, as data: the events list with each inject's state, the
 * drill clock, observations, criterion verdicts, the hot wash and the cleanup. Pure records, folded
 * from the journal by {@code core.incident}; nothing here depends on the engine.
 */
package dev.warroom.core.drill;
