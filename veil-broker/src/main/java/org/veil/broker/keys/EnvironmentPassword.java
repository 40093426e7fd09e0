package org.veil.broker.keys;

import java.util.function.UnaryOperator;

/** The password from an environment variable. */
final class EnvironmentPassword implements PasswordSource {
    private final String variable;
    private final UnaryOperator<String> environment;

    EnvironmentPassword(String variable, UnaryOperator<String> environment) {
        this.variable = variable;
        this.environment = environment;
    }

    @Override
    public char[] password(PasswordUse use) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new KeystoreException("no keystore password: environment variable " + variable + " is not set");
        }
        return value.toCharArray();
    }

    @Override
    public String description() {
        return "environment variable " + variable;
    }
}
