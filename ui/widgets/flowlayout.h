#pragma once

#include <QLayout>
#include <QList>

namespace rangecopy {

// Lays its items out left to right at their size hints and starts a new row where the next
// one would not fit, like words in a paragraph (Qt's flow layout example). A toolbar in it
// wraps on a narrow window instead of squeezing its fields. Items that ask to expand
// horizontally share what is left of their row.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int layOut(const QRect& rect, bool apply) const;
    [[nodiscard]] int horizontalGap() const;
    [[nodiscard]] int verticalGap() const;

    QList<QLayoutItem*> m_items;
};

} // namespace rangecopy
