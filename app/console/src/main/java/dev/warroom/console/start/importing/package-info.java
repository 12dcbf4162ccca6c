/**
 * The start screen's Import action: a DR document is read into a draft plan off the FX thread, its mapping report, warnings
 * and the characters a repair left uncertain are shown before anything is saved, and the saved draft is opened as a plan.
 */
package dev.warroom.console.start.importing;
