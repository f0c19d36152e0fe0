/**
 * Immutable models of Nova's key pairs: {@link io.github.stacksdk.compute.model.keypair.Keypair}
 * for {@code GET /os-keypairs}, {@code GET /os-keypairs/{keypair_name}} and {@code POST
 * /os-keypairs} at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.keypair;

import org.jspecify.annotations.NullMarked;
