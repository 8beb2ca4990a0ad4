# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs participants.test.mjs (ctest's web_participants): copies tests/web to WORK_DIR in the
# build folder, installs its npm packages there from the lock file (npm ci, no browser download:
# Debian's chromium is used) and runs the test with Node's own runner. Works without a display,
# without standard input and as root (CI). Missing tools fail with what to install.
foreach(var SOURCE_DIR WORK_DIR LIVEHOST WORKSPACE SCREENS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runwebtest.cmake: -D${var}=… is missing")
    endif()
endforeach()

set(chromium "$ENV{CX_CHROMIUM}")
if(NOT chromium)
    set(chromium /usr/bin/chromium)
endif()
find_program(NODE node)
find_program(NPM npm)
if(NOT NODE OR NOT NPM OR NOT EXISTS "${chromium}")
    message(FATAL_ERROR "web_participants needs node, npm and ${chromium}; install the Debian "
        "packages nodejs, npm and chromium (listed in packaging/build-deps.txt)")
endif()
if(NOT EXISTS "${WORKSPACE}")
    message(FATAL_ERROR "web_participants: ${WORKSPACE} is missing; build the example_workspace target")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}" "${SCREENS}")
file(GLOB scripts "${SOURCE_DIR}/*.mjs")
file(COPY "${SOURCE_DIR}/package.json" "${SOURCE_DIR}/package-lock.json" ${scripts}
    DESTINATION "${WORK_DIR}")

# npm ci again only when the lock file changed since the last install: it starts by deleting
# node_modules, and the packages do not change between runs.
set(stamp "${WORK_DIR}/node_modules/.cx-installed-lock.json")
set(install TRUE)
if(EXISTS "${stamp}")
    file(SHA256 "${stamp}" old)
    file(SHA256 "${WORK_DIR}/package-lock.json" new)
    if(old STREQUAL new)
        set(install FALSE)
    endif()
endif()
set(ENV{PUPPETEER_SKIP_DOWNLOAD} 1)
set(ENV{CI} true)
# npm trusts only the certificates bundled with Node unless told otherwise; a network whose
# HTTPS goes through an inspecting proxy has that proxy's CA in the system's store only. Use the
# system's store, as curl and apt do, when nothing else was configured.
if(NOT DEFINED ENV{npm_config_cafile} AND NOT DEFINED ENV{NODE_EXTRA_CA_CERTS}
        AND EXISTS /etc/ssl/certs/ca-certificates.crt)
    set(ENV{npm_config_cafile} /etc/ssl/certs/ca-certificates.crt)
endif()
if(install)
    execute_process(COMMAND "${NPM}" ci --no-audit --no-fund
        WORKING_DIRECTORY "${WORK_DIR}"
        INPUT_FILE /dev/null
        RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR "web_participants: npm ci failed (${npm_result}); it needs the npm registry "
            "(its messages are above)")
    endif()
    file(COPY_FILE "${WORK_DIR}/package-lock.json" "${stamp}")
endif()

set(ENV{CX_LIVEHOST} "${LIVEHOST}")
set(ENV{CX_WORKSPACE} "${WORKSPACE}")
set(ENV{CX_SCREENS} "${SCREENS}")
set(ENV{CX_CHROMIUM} "${chromium}")
execute_process(COMMAND "${NODE}" --test participants.test.mjs
    WORKING_DIRECTORY "${WORK_DIR}"
    INPUT_FILE /dev/null
    RESULT_VARIABLE test_result)
if(NOT test_result EQUAL 0)
    message(FATAL_ERROR "web_participants: the browser tests failed (${test_result}); "
        "screenshots are in ${SCREENS}")
endif()
