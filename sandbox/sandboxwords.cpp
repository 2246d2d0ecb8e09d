#include "sandboxwords.h"

namespace ftsandbox::SandboxWords {

namespace {
QStringList split(const char *words)
{
    return QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

const QStringList &givenNames()
{
    static const QStringList list = split(
        "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
        "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy "
        "Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily "
        "Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa "
        "Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia "
        "Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry "
        "Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory "
        "Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine "
        "Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce "
        "Henry Virginia Douglas Victoria Zachary Kelly Peter Lauren Kyle Christina Ethan Joan "
        "Walter Evelyn Noah Judith Jeremy Megan Christian Andrea Keith Cheryl Roger Hannah Terry "
        "Jacqueline Gerald Martha Harold Gloria Sean Teresa Austin Ann Carl Sara Arthur Madison "
        "Lawrence Frances Dylan Kathryn Jesse Janice Jordan Jean Bryan Abigail Billy Alice Joe "
        "Judy Bruce Sophia Gabriel Grace Logan Denise Albert Amber Willie Doris Alan Marilyn "
        "Juan Danielle Wayne Beverly Elijah Isabella Randy Theresa Roy Diana Vincent Natalie "
        "Ralph Brittany Eugene Charlotte Russell Marie Bobby Kayla Mason Alexis Philip Lori "
        "Priya Arjun Mei Wei Hiroshi Yuki Aisha Omar Fatima Mateo Sofia Lucas Chloe Liam Ingrid "
        "Lars Astrid Sven Chiara Luca Giulia Pierre Camille Amelie Tomasz Katarzyna Nadia Ivan "
        "Elena Dmitri Kwame Ama Chinedu Ngozi Rohan Ananya Kenji Sakura Joon Minji Thanh Linh");
    return list;
}

const QStringList &familyNames()
{
    static const QStringList list = split(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
        "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
        "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
        "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
        "Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
        "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
        "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales "
        "Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds "
        "Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar "
        "Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington "
        "Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson "
        "Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes "
        "Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
        "Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant "
        "Dunn Kelley Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart Bradley Knight "
        "Sharma Gupta Singh Tanaka Suzuki Sato Wang Zhang Liu Yamamoto Nakamura Okafor Mensah "
        "Andersson Johansson Nielsen Rossi Russo Bianchi Dubois Laurent Kowalski Nowak Ivanova "
        "Petrov Novak Horvat Muller Schneider Fischer Weber Becker Hoffmann Schulz Koch Bauer");
    return list;
}

const QStringList &idFirstWords()
{
    static const QStringList list = split(
        "nozzle decorum amber brisk candid dapper eager fabled gentle hardy icy jolly keen lucid "
        "mellow nimble oaken placid quaint rustic sturdy tidy upbeat vivid wistful zesty bold "
        "calm dusky earthy frosty glossy hollow inky jagged knotty leafy misty noble ochre "
        "pebble quiet rosy sandy tawny umber velvet windy yonder ardent balmy cobalt dewy "
        "elfin fleet gilded hazel ivory jaunty kindly lively mossy nutty opal prime quill "
        "russet silver topaz unique vernal woolly young azure bronze cedar dapple ember fern "
        "granite harbor indigo juniper kelp lunar maple nectar orbit pine quartz ripple sage "
        "thistle umbra vapor willow zenith acorn birch coral delta echo flint grove heron iris "
        "jasper");
    return list;
}

const QStringList &idSecondWords()
{
    static const QStringList list = split(
        "eat mantle anchor badge canyon dagger easel falcon garnet hammock igloo jigsaw kettle "
        "lantern marble napkin oasis paddle quiver raft saddle tandem umbrella valley walnut "
        "yarrow zephyr atlas beacon cactus dune engine ferry glacier harp island jetty kayak "
        "ladder meadow nest otter pillar quarry river summit tunnel urchin voyage wharf yak "
        "zinnia arch bramble cinder drift ember fjord gable hinge inlet jewel kiln loom mesa "
        "nugget orchard prism quest reef spire thicket unison vessel wren yield zodiac acre "
        "brook cove den estuary flare gully hatch isle jade knoll ledge mound notch outpost "
        "plume rampart shoal trellis upland vista warren bluff crest");
    return list;
}

const QStringList &teams()
{
    static const QStringList list = split(
        "Production Staging Marketing Finance Sales Product Engineering Analytics Operations "
        "Support People Security Growth Data-Science Revenue Logistics Legal Research Partners "
        "Executive EMEA APAC Americas Sandbox Archive");
    return list;
}

const QStringList &warehouses()
{
    static const QStringList list { QStringLiteral("Snowflake"),    QStringLiteral("BigQuery"),
                                    QStringLiteral("Redshift"),     QStringLiteral("Databricks"),
                                    QStringLiteral("PostgreSQL"),   QStringLiteral("Azure Synapse"),
                                    QStringLiteral("S3 Data Lake"), QStringLiteral("SQL Server"),
                                    QStringLiteral("MotherDuck") };
    return list;
}

const QStringList &services()
{
    static const QStringList list =
        split("salesforce hubspot google_analytics_4 postgres mysql stripe zendesk jira github "
              "google_sheets facebook_ads linkedin_ads netsuite shopify s3 google_ads intercom "
              "marketo workday mongodb sql_server oracle snowflake asana slack quickbooks "
              "braintree mailchimp segment amplitude mixpanel greenhouse bamboohr xero");
    return list;
}

const QStringList &schemaSuffixes()
{
    static const QStringList list = split("prod eu us apac legacy main sandbox raw v2 emea");
    return list;
}

} // namespace ftsandbox::SandboxWords
