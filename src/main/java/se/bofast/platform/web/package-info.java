/**
 * The /api plumbing modules use: {@code Inputs}, {@code TextRules}, {@code DateRules} and the
 * {@code SafeText}/{@code DateRange} constraints, {@code InvalidInputException} and
 * {@code NotFoundException}, {@code RequireGroups} and {@code ApiAccess}. Only the public types
 * are the interface; filters, handlers and validators are package-private.
 */
@NamedInterface("web")
package se.bofast.platform.web;

import org.springframework.modulith.NamedInterface;
