print("sparkbook")
