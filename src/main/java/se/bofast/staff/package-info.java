/**
 * Staff pages: the Swedish pages of the application under /personal/ where staff do what
 * otherwise needs /api (report an interruption, the partner register, the apartment stock, the
 * eviction cases), under the webapps' login, and the client page with "Mina klienter": their
 * reads are put together here from the other modules' read models ({@code ClientFiles},
 * {@code MyClients}); who may read a client's file is client's {@code ClientAccess}.
 */
@ApplicationModule(displayName = "Staff pages",
    allowedDependencies = {"identity", "client", "housing", "eviction", "followup", "platform::web",
        "platform::process"})
package se.bofast.staff;

import org.springframework.modulith.ApplicationModule;
