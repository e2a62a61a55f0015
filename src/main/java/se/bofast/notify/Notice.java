package se.bofast.notify;

import java.time.LocalDate;

/**
 * One e-mail to one person, unique by kind, recipient, subject key and day: writing it twice
 * stores it once.
 *
 * @param subjectKey what it is about: a case number, a task id, or "" for the digest
 * @param subject the e-mail's subject line
 * @param body plain text: task names, case numbers, dates and links only
 */
record Notice(NoticeKind kind, String recipient, String address, String subjectKey, LocalDate day,
    String subject, String body) {
}
