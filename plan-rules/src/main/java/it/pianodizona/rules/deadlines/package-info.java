/**
 * Scadenze e cronoprogramma: calls and their annexes, meetings and phases, milestones, the plan
 * period against the regional cycle and the predecessor, and the agreement's signature deadline.
 */
package it.pianodizona.rules.deadlines;
