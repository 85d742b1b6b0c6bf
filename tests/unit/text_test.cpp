#include <gtest/gtest.h>

#include "storage/TextFold.h"

using palier::FoldForSearch;

TEST(FoldForSearch, LowercasesAndRemovesAccents) {
    EXPECT_EQ(FoldForSearch("Élodie"), "elodie");
    EXPECT_EQ(FoldForSearch("BENAÏSSA"), "benaissa");
    EXPECT_EQ(FoldForSearch("Françoise"), "francoise");
    EXPECT_EQ(FoldForSearch("Œdipe"), "oedipe");
    EXPECT_EQ(FoldForSearch("Yılmaz"), "yilmaz");
    EXPECT_EQ(FoldForSearch("Straße"), "strasse");
}

TEST(FoldForSearch, SeparatesHyphensAndApostrophes) {
    EXPECT_EQ(FoldForSearch("Jean-Pierre"), "jean pierre");
    EXPECT_EQ(FoldForSearch("d'Almeida"), "d almeida");
    EXPECT_EQ(FoldForSearch("N’Diaye"), "n diaye");
    EXPECT_EQ(FoldForSearch("  Léa   "), "lea");
}

TEST(FoldForSearch, KeepsOtherScripts) {
    EXPECT_EQ(FoldForSearch("олена"), "олена");
    EXPECT_EQ(FoldForSearch("فاطمة"), "فاطمة");
}
