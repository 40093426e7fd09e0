package org.veil.broker.keys;

/** Why a password is asked for; an interactive source asks twice when creating. */
public enum PasswordUse {
    /** Opening an existing keystore. */
    OPEN,
    /** Protecting a new keystore. */
    CREATE
}
