package se.bofast.client;

import se.bofast.support.AppTest;

/** Protected identity on H2. */
@AppTest
class ProtectedIdentityTest extends ProtectedIdentityCases {
}
