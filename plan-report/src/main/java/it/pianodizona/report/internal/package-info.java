/**
 * Interni del renderer: the page view the templates read, number formats, the SVG chart layout
 * and the page's own CSS and script with their Content-Security-Policy hashes. Not exported.
 */
package it.pianodizona.report.internal;
