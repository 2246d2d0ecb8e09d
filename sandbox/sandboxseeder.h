#pragma once

#include "sandboxoptions.h"

class QRandomGenerator;

namespace ftsandbox {

class SandboxStore;

// Fills a SandboxStore from SandboxOptions. With users == -1 it builds the small fixed demo
// account; otherwise it generates an account from the seed: the same options always give
// byte-identical data, so tests can compare two servers and benchmarks are repeatable.
class SandboxSeeder
{
public:
    static void seed(SandboxStore &store, const SandboxOptions &options);

    // Timestamps of generated data are spread before this fixed instant, not before "now",
    // so that a seed always gives the same data (unless SandboxOptions::referenceMSecs is set).
    static qint64 referenceMSecs();

private:
    static void seedDemo(SandboxStore &store);
    static void seedGenerated(SandboxStore &store, const SandboxOptions &options);
    // After everything else, so the rest of a generated account is the same with or without.
    static void seedGeneratedTeams(SandboxStore &store, int count, qint64 now,
                                   QRandomGenerator &random);
    static void seedDemoTeams(SandboxStore &store);
};

} // namespace ftsandbox
