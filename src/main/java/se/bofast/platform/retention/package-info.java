/**
 * The seam for gallring (issue 15 item 4): {@code ClientRecords}, which every module that holds a
 * client's records implements with one class of its own, and {@code RecordSubject}, the client a
 * call is about. The retention module asks every implementation for the client's last entry and
 * open cases and, once a run is approved, has each remove its rows; it never reads another
 * module's tables.
 */
@NamedInterface("retention")
package se.bofast.platform.retention;

import org.springframework.modulith.NamedInterface;
