#include "UiFixture.h"

#include <filesystem>

namespace palier::ui::test {

void UiFixture::Start(ImVec2 display, Lang lang, const std::string& db_path) {
    static const bool loaded = LoadCatalogues(DefaultI18nDir());
    ASSERT_TRUE(loaded);
    app.reset();
    headless.reset();
    db = std::make_unique<storage::Database>(db_path, clock.clock());
    DemoOptions opt;
    opt.fast_pins = true;
    ASSERT_TRUE(CreateDemoData(*db, Today(db->clock()), opt));
    data_dir = (std::filesystem::temp_directory_path() / "palier-ui-test").string();
    headless = std::make_unique<Headless>(display);
    app = std::make_unique<App>(*db, data_dir);
    app->SetDefaultLanguage(lang);
    Settle();
}

void UiFixture::Tap(const std::string& what) {
    ASSERT_TRUE(headless->Tap(*app, what)) << "no widget \"" << what << "\" on " << Screen() << "\n" << AllText();
}

void UiFixture::SignIn(const std::string& pin) {
    Tap("welcome.staff");
    headless->Type(*app, pin);
    Tap("num.ok");
    app->WaitIdle();
    Settle();
}

std::string UiFixture::FirstWidgetWithPrefix(const std::string& prefix) const {
    for (const auto& w : WidgetsDrawn())
        if (w.id.rfind(prefix, 0) == 0) return w.id;
    return {};
}

}  // namespace palier::ui::test
