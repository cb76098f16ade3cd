# Shared by the bench scripts (sourced, not run): a JDK 21+, the packaged jar, and a free local port.
#   package_jar 1 packages target/baton.jar anew; without it an existing jar is used.

find_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null)
        if [[ -n "$version" && "$version" -ge 21 ]]; then
            echo "$candidate"
            return
        fi
    done
    echo "No JDK 21 or newer found; set JAVA_HOME" >&2
    exit 1
}
export JAVA_HOME=$(find_jdk)
java="$JAVA_HOME/bin/java"

package_jar() {
    if [[ ! -f target/baton.jar || "${1:-0}" == 1 ]]; then
        echo "Packaging target/baton.jar"
        ./mvnw -q package -DskipTests
    fi
}

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "No free port found" >&2
    exit 1
}
